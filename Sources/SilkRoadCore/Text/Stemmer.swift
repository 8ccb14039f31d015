/// A light suffix stripper so that owes, owed and owing all match owe, and exercises matches exercise.
///
/// It is not Porter: it only has to map a word's common forms to one key, the same way for the
/// question and for the vocabulary. Words of two letters or fewer and numbers are left alone.
public enum Stemmer {
  public static func stem(_ word: String) -> String {
    guard word.count > 2, word.unicodeScalars.first.map({ !("0"..."9").contains($0) }) ?? false else { return word }
    var w = Array(word.utf8)
    func ends(_ s: StaticString) -> Bool {
      let n = s.utf8CodeUnitCount
      guard w.count >= n + 2 else { return false }
      let p = s.utf8Start
      for k in 0..<n where w[w.count - n + k] != p[k] { return false }
      return true
    }
    func drop(_ n: Int) { w.removeLast(n) }
    func isVowel(_ c: UInt8) -> Bool { c == 97 || c == 101 || c == 105 || c == 111 || c == 117 || c == 121 }
    if ends("ies") || ends("ied") {
      drop(3)
      w.append(UInt8(ascii: "y"))
    } else if ends("sses") {
      drop(2)
    } else if ends("ss") || ends("us") || ends("is") {
      // business, status, analysis: keep
    } else if ends("ing") && w.dropLast(3).contains(where: isVowel) {
      drop(3)
      undouble()
    } else if ends("ed") && w.dropLast(2).contains(where: isVowel) {
      drop(2)
      undouble()
    } else if ends("ment") && w.count >= 8 {
      drop(4)
    } else if w.last == UInt8(ascii: "s") && w.count > 3 {
      drop(1)
    }
    if w.count > 2 && w.last == UInt8(ascii: "e") { drop(1) }
    return String(decoding: w, as: UTF8.self)

    func undouble() {
      if w.count >= 3, let last = w.last, last == w[w.count - 2], !isVowel(last),
        last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z")
      {
        w.removeLast()
      }
    }
  }
}
