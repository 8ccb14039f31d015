/// Numbers as text: formatting values for answers, and the English words for small numbers
/// (the article writes "sixteen" and "forty-five percent").
public enum NumberText {
  /// `14000` → `14,000`, `1.7` → `1.7`, `16.0` → `16`.
  public static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
      let digits = String(Int(value).magnitude)
      var out = ""
      for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
      }
      return (value < 0 ? "-" : "") + out
    }
    var text = "\(value)"
    // A tiny fraction Swift writes with an exponent ("1e-07") reads better rounded; a huge or
    // infinite value, which no check let through, stays as Swift writes it rather than trap.
    if text.contains("e"), abs(value) < 1e12 { text = "\(Double(Int((value * 1e6).rounded())) / 1e6)" }
    return text
  }

  /// Rounds to at most `places` decimals and formats.
  public static func format(_ value: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return format((value * scale).rounded() / scale)
  }

  package static let ones = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  package static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

  /// English words for whole numbers below 1,000 (`45` → `forty-five`); nil otherwise.
  public static func words(_ n: Int) -> String? {
    guard n >= 0 && n < 1000 else { return nil }
    if n < 20 { return ones[n] }
    if n < 100 { return tens[n / 10] + (n % 10 == 0 ? "" : "-" + ones[n % 10]) }
    let rest = n % 100
    return ones[n / 100] + " hundred" + (rest == 0 ? "" : " and " + (words(rest) ?? ""))
  }
}
