// SilkRoadKit is the library users import; the knowledge model, text rules and index it
// builds on live in SilkRoadCore (so the build tool can index the knowledge) and come with it.
@_exported import SilkRoadCore
