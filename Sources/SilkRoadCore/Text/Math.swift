/// The natural logarithm, for term weights. Written out because the library deliberately imports
/// neither Foundation nor Glibc; accuracy to about 1e-12 is far more than ranking needs.
package func naturalLog(_ x: Double) -> Double {
  guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
  let e = Double(x.exponent)
  let m = x.significand  // in [1, 2)
  let y = (m - 1) / (m + 1)
  let y2 = y * y
  var term = y
  var sum = 0.0
  var k = 1.0
  while k < 60 {
    sum += term / k
    term *= y2
    k += 2
  }
  return 2 * sum + e * 0.6931471805599453
}
