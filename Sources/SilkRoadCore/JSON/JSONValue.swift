/// A parsed JSON value that remembers where in its file each value started.
///
/// Knowledge files are edited by hand, so every error must point at a line and column; Foundation's
/// decoder cannot, and it costs start-up time. Objects keep their keys in file order.
public indirect enum JSONValue: Sendable {
  case null(SourcePosition)
  case bool(Bool, SourcePosition)
  case number(Double, String, SourcePosition)
  case string(String, SourcePosition)
  case array([JSONValue], SourcePosition)
  case object([(key: String, value: JSONValue)], SourcePosition)

  public var position: SourcePosition {
    switch self {
    case .null(let p), .bool(_, let p), .number(_, _, let p), .string(_, let p), .array(_, let p),
      .object(_, let p):
      return p
    }
  }

  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  public subscript(key: String) -> JSONValue? {
    guard case .object(let members, _) = self else { return nil }
    return members.first(where: { $0.key == key })?.value
  }
}

/// A line and column (both from 1) in a named file.
public struct SourcePosition: Sendable, Equatable, SnapshotStorable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }
  public var description: String { "\(file):\(line):\(column)" }
}
