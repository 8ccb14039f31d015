/// A strict JSON parser over UTF-8 bytes that reports the line and column of the first syntax error.
///
/// It does not accept comments or trailing commas (editors validating against the schema would
/// flag them too), and it does not stream: knowledge files are small.
public struct JSONParser {
  public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    public var position: SourcePosition
    public var message: String
    public var description: String { "\(position): \(message)" }
  }

  private let bytes: [UInt8]
  private let file: String
  private var index = 0
  private var line = 1
  private var lineStart = 0

  public static func parse(_ text: String, file: String) throws(SyntaxError) -> JSONValue {
    var parser = JSONParser(bytes: Array(text.utf8), file: file)
    parser.skipWhitespace()
    let value = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    if parser.index < parser.bytes.count {
      throw parser.error("unexpected text after the end of the JSON value")
    }
    return value
  }

  private init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
  }

  private var position: SourcePosition {
    SourcePosition(file: file, line: line, column: index - lineStart + 1)
  }

  private func error(_ message: String) -> SyntaxError {
    SyntaxError(position: position, message: message)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONValue {
    guard depth < 64 else { throw error("nesting is too deep") }
    guard index < bytes.count else { throw error("unexpected end of file, expected a value") }
    let start = position
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth, start: start)
    case UInt8(ascii: "["): return try parseArray(depth: depth, start: start)
    case UInt8(ascii: "\""): return .string(try parseString(), start)
    case UInt8(ascii: "t"): try expectWord("true"); return .bool(true, start)
    case UInt8(ascii: "f"): try expectWord("false"); return .bool(false, start)
    case UInt8(ascii: "n"): try expectWord("null"); return .null(start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber(start: start)
    default: throw error("unexpected character '\(printable(bytes[index]))', expected a value")
    }
  }

  private func printable(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\u{\(String(byte, radix: 16))}"
  }

  private mutating func expectWord(_ word: String) throws(SyntaxError) {
    for byte in word.utf8 {
      guard index < bytes.count, bytes[index] == byte else { throw error("invalid literal, expected '\(word)'") }
      index += 1
    }
  }

  private mutating func parseObject(depth: Int, start: SourcePosition) throws(SyntaxError) -> JSONValue {
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members, start)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("expected a quoted key")
      }
      let keyPosition = position
      let key = try parseString()
      if members.contains(where: { $0.key == key }) {
        throw SyntaxError(position: keyPosition, message: "duplicate key \"\(key)\"")
      }
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after key") }
      index += 1
      skipWhitespace()
      members.append((key, try parseValue(depth: depth + 1)))
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of file inside an object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members, start)
      }
      throw error("expected ',' or '}' in an object")
    }
  }

  private mutating func parseArray(depth: Int, start: SourcePosition) throws(SyntaxError) -> JSONValue {
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements, start)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of file inside an array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements, start)
      }
      throw error("expected ',' or ']' in an array")
    }
  }

  private mutating func parseString() throws(SyntaxError) -> String {
    index += 1
    // Fast path: no escapes, no control characters.
    var end = index
    while end < bytes.count {
      let b = bytes[end]
      if b == UInt8(ascii: "\"") {
        let s = String(decoding: bytes[index..<end], as: UTF8.self)
        index = end + 1
        return s
      }
      if b == UInt8(ascii: "\\") || b < 0x20 { break }
      end += 1
    }
    var scalars = String.UnicodeScalarView()
    var runStart = index
    func flush(_ bytes: ArraySlice<UInt8>, into view: inout String.UnicodeScalarView) {
      view.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }
    while true {
      guard index < bytes.count else { throw error("unterminated string") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        flush(bytes[runStart..<index], into: &scalars)
        index += 1
        return String(scalars)
      }
      if byte < 0x20 { throw error("control character in a string (use \\n)") }
      if byte == UInt8(ascii: "\\") {
        flush(bytes[runStart..<index], into: &scalars)
        index += 1
        guard index < bytes.count else { throw error("unterminated escape") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{8}")
        case UInt8(ascii: "f"): scalars.append("\u{C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
          var code = try parseHex4()
          if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            let low = try parseHex4()
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        default: throw error("invalid escape '\\\(printable(escape))'")
        }
        runStart = index
        continue
      }
      index += 1
    }
  }

  private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count, let digit = hexValue(bytes[index]) else { throw error("invalid \\u escape") }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  private mutating func parseNumber(start: SourcePosition) throws(SyntaxError) -> JSONValue {
    let begin = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits(_ parser: inout JSONParser) -> Int {
      var count = 0
      while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
        parser.index += 1
        count += 1
      }
      return count
    }
    guard digits(&self) > 0 else { throw error("invalid number") }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits(&self) > 0 else { throw error("invalid number: digits expected after '.'") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits(&self) > 0 else { throw error("invalid number exponent") }
    }
    let text = String(decoding: bytes[begin..<index], as: UTF8.self)
    guard let value = Double(text) else { throw error("invalid number") }
    return .number(value, text, start)
  }
}
