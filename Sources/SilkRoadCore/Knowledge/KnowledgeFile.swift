/// One knowledge file's name and contents, as handed to the loader.
///
/// The library never reads files itself: the executable reads a directory, or the build embeds
/// the default `Knowledge/` folder, and both pass the text here.
public struct KnowledgeFile: Sendable {
  public var name: String
  public var text: String
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}

/// A problem found while loading or checking the knowledge, with where it is.
public struct KnowledgeProblem: Sendable, CustomStringConvertible, Equatable {
  public var position: SourcePosition?
  public var message: String
  public init(_ message: String, at position: SourcePosition?) {
    self.message = message
    self.position = position
  }
  public var description: String {
    if let position { return "\(position): \(message)" }
    return message
  }
}
