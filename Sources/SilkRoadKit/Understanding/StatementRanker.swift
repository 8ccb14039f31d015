import SilkRoadCore

/// Scores statements against a query: entities covered, content words shared (weighted by rarity),
/// measure and time agreement. Candidates come from the entity and term indexes, never a full scan.
public struct ScoredStatement: Sendable {
  public var index: Int
  public var relevance: Double
  /// Share of the question's content weight this statement explains (0...1).
  public var coverage: Double
  /// Query entities this statement neither is about nor mentions.
  public var missingEntities: EntityMask
  /// Named places, projects or organisations this statement leaves implicit (allowed, weaker).
  public var softMissing: EntityMask
  public var measureMatch: Bool
  public var timeMatch: Bool?
  /// Share of what the statement is specifically about (its measure, its subject) that the
  /// question names: a figure about ethnic Uzbeks in Xinjiang does not answer "Uzbekistan's
  /// population" although every word of that question matches it.
  public var echo: Double
  /// The statement's subject is named in the question (or is the background subject, China).
  public var subjectNamed: Bool
  /// The question mentions the statement's unit ("money" for dollars, "students" for students).
  public var unitAsked: Bool
  /// The question asks for money and this is a percentage, or the other way round.
  public var unitConflict: Bool
}

/// Some of a query's entities, by their position in `Query.entityIDs`, as bits: a scored
/// statement stays plain data, so the many copies the answer modules make cost nothing.
/// Positions from 63 on share the last bit (a question naming 64 entities is not a real one).
public struct EntityMask: Sendable, Equatable {
  var bits: UInt64 = 0
  public var isEmpty: Bool { bits == 0 }
  mutating func insert(_ position: Int) { bits |= 1 << UInt64(min(position, 63)) }
  /// The entity ids the mask holds, in the order `q` names them.
  public func ids(in q: Query) -> [String] { ids(among: q.entityIDs) }

  /// The ids the mask holds, from the query's entity ids (`Query.entityIDs`, made once).
  func ids(among ids: [String]) -> [String] {
    var held: [String] = []
    for (position, id) in ids.enumerated() where bits & (1 << UInt64(min(position, 63))) != 0 { held.append(id) }
    return held
  }
}

struct StatementRanker {
  let lexicon: Lexicon
  /// Entity kinds a statement may leave implicit; the rest (countries, people, companies,
  /// organisations) must be named for a statement to answer a question about them.
  /// Kinds that set the scene for a whole paragraph: named anywhere in it, they count as named.
  static let settingKinds: FrozenStringSet = ["place", "region"]
  static let softKinds: FrozenStringSet = ["place", "region", "project", "programme", "equipment", "event", "document", "organisation"]

  /// An entity's weight: rarer entities count for more, as rarer words do.
  func entityWeight(_ id: String) -> Double {
    // An id the knowledge does not know is in no statement: it weighs as an unseen word.
    let code = lexicon.entityCode(id)
    return code >= 0 ? lexicon.codes.entityWeights[Int(code)] : lexicon.codes.unseenWeight
  }

  /// The total weight of the query's content words; unknown words weigh as the rarest.
  func contentWeight(_ q: Query) -> Double {
    q.content.reduce(0) { $0 + lexicon.weight($1.term) * ($1.subordinate ? 0.5 : 1) }
  }

  func rank(_ q: Query) -> [ScoredStatement] {
    let entityIDs = q.entityIDs
    // Candidates come from the rarer signals first; the background subject (China, named in a
    // large share of all statements) adds its statements only when nothing else names any.
    // Each index list is ascending, so their union is a sort of the concatenation: no hashing.
    // A unit word ("money", "share", "cost"), which every figure of that unit carries, only scores
    // candidates found otherwise: as a source of candidates it would offer every such figure,
    // however large the knowledge. It finds candidates only when nothing else does.
    var lists: [[Int]] = []
    for e in entityIDs where !lexicon.backgroundEntities.contains(e) { lists.append(lexicon.knowledge.statementsByEntity[e] ?? []) }
    for m in q.measures { lists.append(lexicon.knowledge.statementsByMeasure[m.id] ?? []) }
    var commonLists: [[Int]] = []
    for c in q.content {
      let list = lexicon.postings[c.term] ?? []
      if lexicon.unitTermSet.contains(c.term) { commonLists.append(list) } else { lists.append(list) }
    }
    if lists.allSatisfy({ $0.isEmpty }) { lists += commonLists }
    if lists.allSatisfy({ $0.isEmpty }) {
      for e in entityIDs { lists.append(lexicon.knowledge.statementsByEntity[e] ?? []) }
    }
    if lists.allSatisfy({ $0.isEmpty }) {
      for y in q.years { lists.append(lexicon.statementsByYear[y] ?? []) }
    }
    let cand = Self.union(lists)
    let total = contentWeight(q)
    // (Closures here capture single fields of `q`: capturing `q` itself copies the whole query.)
    let contextEntities = q.contextEntities
    let firstNamed = contextEntities.isEmpty ? entityIDs.first : entityIDs.first { !contextEntities.contains($0) }
    let asksMoney = q.allTerms.containsText(lexicon.moneyTerm), asksShare = q.allTerms.containsText(lexicon.percentTerm)
    // Measures, units and subjects are compared as the lexicon's small codes, not as strings.
    var measureScores: [(code: Int32, id: String, score: Double)] = []
    for m in q.measures {
      if let j = measureScores.firstIndex(where: { $0.id == m.id }) {
        measureScores[j].score = max(measureScores[j].score, m.score)
      } else {
        measureScores.append((lexicon.measureCode(m.id), m.id, m.score))
      }
    }
    let firstNamedCode = firstNamed.map(lexicon.entityCode)
    // Per question, every index lookup the loop needs becomes a row of flags over the candidates
    // (sorted, so each row is one merge with a sorted index list): scoring a candidate costs array
    // reads instead of string hashing, and nothing here grows with the size of the knowledge.
    // The checks are plain data (no strings), so the loop retains and releases nothing.
    let m = cand.count
    var rowLists: [[Int]?] = []
    rowLists.reserveCapacity(2 * entityIDs.count + q.content.count + q.contextTerms.count + q.topics.count + 1)
    // Row r of the first `entityIDs.count` is the entity at position r.
    let entityChecks: [EntityCheck] = entityIDs.map { e in
      let kind = lexicon.knowledge.entityByID[e]?.kind ?? ""
      let role: EntityCheck.Role =
        contextEntities.contains(e) ? .context
        : lexicon.backgroundEntities.contains(e) ? .background
        : Self.settingKinds.contains(kind) ? .setting : Self.softKinds.contains(kind) ? .soft : .hard
      rowLists.append(lexicon.statementsMentioning[e])
      return EntityCheck(weight: entityWeight(e), role: role, code: role == .setting ? lexicon.entityCode(e) : .min)
    }
    let paragraphCodes = entityChecks.contains { $0.role == .setting } ? lexicon.paragraphEntityCodes.value : []
    let termChecks: [(weight: Double, row: Int)] = q.content.map { c in
      rowLists.append(lexicon.postings[c.term])
      return (lexicon.weight(c.term) * (c.subordinate ? 0.5 : 1), rowLists.count - 1)
    }
    let contextChecks: [(weight: Double, row: Int)] = q.contextTerms.map {
      rowLists.append(lexicon.postings[$0])
      return (0.3 * lexicon.weight($0), rowLists.count - 1)
    }
    // The statements about a named entity (any role, context ones too), to find those whose
    // subject is named; and those filed under one of the question's topics.
    let firstAboutRow = rowLists.count
    for e in entityIDs { rowLists.append(lexicon.statementsAbout(e)) }
    for e in q.contextEntities where !entityIDs.contains(e) { rowLists.append(lexicon.statementsAbout(e)) }
    let firstTopicRow = rowLists.count
    for t in q.topics { rowLists.append(lexicon.statementsFiled(under: t)) }
    let hits = Self.flags(cand, rowLists)
    // Whether each measure's context words include each content term (a term of its context
    // counts as matched for a statement of that measure), worked out once, not per candidate.
    // One flat row per measure (`contextHas[j * content.count + t]`), and the measures' codes and
    // scores apart from their ids: the loop reads plain numbers, no tuple holding a string.
    let contentCount = q.content.count
    var contextHas: [Bool] = []
    contextHas.reserveCapacity(measureScores.count * contentCount)
    for measure in measureScores {
      let context = lexicon.measureContext[measure.id] ?? []
      for c in q.content { contextHas.append(context.containsText(c.term)) }
    }
    let measureCodes = measureScores.map { $0.code }, measureValues = measureScores.map { $0.score }
    let allTerms = q.allTerms, years = q.years, months = q.months
    // A year a statement has no date for may still be among its words.
    let yearTerms = years.map { String($0) }
    /// Whether the question asks in each unit the candidates are in, worked out on first need
    /// (a handful of units: a short list, not one entry for every unit the knowledge has).
    var unitAskedState: [(unit: Int32, asked: Bool)] = []
    // The loop reads only these arrays and the flags; a statement itself is opened only when the
    // question names a time.
    let statements = lexicon.knowledge.statements
    let allCodes = lexicon.codes.statements
    var result: [ScoredStatement] = []
    result.reserveCapacity(m)
    for (k, i) in cand.enumerated() {
      var relevance = 0.0
      var missing = EntityMask()
      var softMissing = EntityMask()
      for (position, check) in entityChecks.enumerated() {
        if hits[position * m + k] {
          relevance += check.weight * (check.role == .context ? 0.3 : 1)
          continue
        }
        switch check.role {
        case .background, .context: continue
        case .setting where paragraphCodes[i].contains(check.code):
          // A place named elsewhere in the same paragraph is the statement's setting.
          relevance += 0.5 * check.weight
        case .setting, .soft:
          // Places, projects and programmes are often implied rather than named ("the border").
          relevance -= 0.5 * check.weight
          softMissing.insert(position)
        case .hard:
          missing.insert(position)
        }
      }
      // The first thing named is usually whose figure is asked ("Central Asia's imports from China").
      let codes = allCodes[i]
      if let first = firstNamedCode, codes.subject == first {
        relevance += 1
      }
      // The question's topics (debt, security, strategy...) favour statements filed under them.
      for row in firstTopicRow..<rowLists.count where hits[row * m + k] { relevance += 0.5 }
      var measureMatch = false
      var measureAt = -1
      if codes.measure >= 0, let j = measureCodes.firstIndex(of: codes.measure) {
        relevance += 1.5 * measureValues[j]
        measureMatch = true
        measureAt = j
      }
      var hit = 0.0
      for (t, check) in termChecks.enumerated() where hits[check.row * m + k] || (measureAt >= 0 && contextHas[measureAt * contentCount + t]) {
        hit += check.weight
      }
      relevance += hit
      var timeMatch: Bool?
      if !years.isEmpty {
        if let t = statements[i].time {
          if let since = q.sinceYear {
            timeMatch = t.year >= since
          } else {
            timeMatch = years.contains { y in months.isEmpty ? t.contains(year: y) : months.contains { t.contains(year: y, month: $0) } }
          }
          relevance += timeMatch! ? 2.0 : -1.0
        } else if yearTerms.contains(where: { lexicon.statementTerms[i].containsText($0) }) {
          timeMatch = true
          relevance += 1.0
        }
      }
      for check in contextChecks where hits[check.row * m + k] { relevance += check.weight }
      let coverage = total > 0 ? min(1, hit / total) : 1
      // What the statement is about must be named: its subject (unless that is the background)
      // or another of its entities; and for a figure, its measure or at least its unit.
      var subjectNamed = codes.backgroundSubject
      if !subjectNamed {
        for row in firstAboutRow..<firstTopicRow where hits[row * m + k] {
          subjectNamed = true
          break
        }
      }
      // Money and percentages have many words (any will do); a counted noun must be said in full.
      var unitAsked = false
      if codes.unit >= 0 {
        if let known = unitAskedState.first(where: { $0.unit == codes.unit }) {
          unitAsked = known.asked
        } else {
          let (terms, anyWord) = lexicon.codes.unitTerms[Int(codes.unit)]
          // (Closures over the list alone: `allTerms.contains` itself would allocate a context.)
          unitAsked = anyWord ? terms.contains { allTerms.containsText($0) } : terms.allSatisfy { allTerms.containsText($0) }
          unitAskedState.append((codes.unit, unitAsked))
        }
      }
      let echo = codes.measure < 0 ? (subjectNamed ? 1 : 0) : ((subjectNamed ? 0.5 : 0) + (measureMatch ? 0.5 : unitAsked ? 0.25 : 0))
      let unitConflict = codes.isFigure && asksMoney != asksShare && (asksMoney ? codes.unit != lexicon.codes.usd : codes.unit != lexicon.codes.percent)
      result.append(
        ScoredStatement(
          index: i, relevance: relevance, coverage: coverage, missingEntities: missing, softMissing: softMissing, measureMatch: measureMatch,
          timeMatch: timeMatch, echo: echo, subjectNamed: subjectNamed, unitAsked: unitAsked, unitConflict: unitConflict))
    }
    // Sort small keys, then put the scored statements (plain data) into that order in place.
    var keys = result.indices.map { RankKey(relevance: result[$0].relevance, index: result[$0].index, at: $0) }
    Self.sort(&keys)
    Self.permute(&result, into: &keys)
    return result
  }

  /// How one of the question's entities counts for a candidate: its weight, and what its absence means.
  struct EntityCheck {
    enum Role { case background, context, setting, soft, hard }
    var weight: Double
    var role: Role
    /// The entity's code, for a setting (a place or region), else unused.
    var code: Int32
  }

  /// The union of ascending lists, ascending and without repeats. Each item sets a bit in a map
  /// covering only the lists' range (from the smallest first item to the largest last), then the
  /// set bits are read out in order: no comparisons between lists, and one array for the result.
  static func union(_ lists: [[Int]]) -> [Int] {
    var total = 0, nonEmpty = 0, only = -1
    var low = Int.max, high = Int.min
    for (r, list) in lists.enumerated() where !list.isEmpty {
      total += list.count
      nonEmpty += 1
      only = r
      low = min(low, list[0])
      high = max(high, list[list.count - 1])
    }
    if nonEmpty == 0 { return [] }
    // One list is the union as it is, unless it repeats an item.
    if nonEmpty == 1, zip(lists[only], lists[only].dropFirst()).allSatisfy({ $0 < $1 }) { return lists[only] }
    let words = (high - low) / 64 + 1
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { bits in
      bits.initialize(repeating: 0)
      for list in lists {
        list.withUnsafeBufferPointer { list in
          for i in list {
            let offset = i - low
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
          }
        }
      }
      return [Int](unsafeUninitializedCapacity: total) { out, count in
        var n = 0
        for w in 0..<words {
          var word = bits[w]
          while word != 0 {
            out[n] = low + (w << 6) + word.trailingZeroBitCount
            n += 1
            word &= word - 1
          }
        }
        count = n
      }
    }
  }

  /// Sorts keys by `precedes`: runs of sixteen by insertion, then merged bottom-up through a
  /// scratch buffer. The order is total, so any correct sort gives the same ranking; this one,
  /// written for one small plain type, does without the standard sort's generic machinery
  /// (callgrind over the public set: `rank` 59.5K → 57.3K instructions per question).
  static func sort(_ keys: inout [RankKey]) {
    let n = keys.count
    let run = 16
    keys.withUnsafeMutableBufferPointer { a in
      guard let base = a.baseAddress, n > 1 else { return }
      for start in stride(from: 0, to: n, by: run) {
        let end = min(start + run, n)
        for i in (start + 1)..<end {
          let x = base[i]
          var j = i
          while j > start && x.precedes(base[j - 1]) {
            base[j] = base[j - 1]
            j -= 1
          }
          base[j] = x
        }
      }
      guard n > run else { return }
      withUnsafeTemporaryAllocation(of: RankKey.self, capacity: n) { scratch in
        var source = base, target = scratch.baseAddress!
        var width = run
        while width < n {
          for low in stride(from: 0, to: n, by: 2 * width) {
            let middle = min(low + width, n), high = min(low + 2 * width, n)
            var i = low, j = middle, k = low
            while i < middle && j < high {
              if source[j].precedes(source[i]) {
                target[k] = source[j]
                j += 1
              } else {
                target[k] = source[i]
                i += 1
              }
              k += 1
            }
            while i < middle {
              target[k] = source[i]
              i += 1
              k += 1
            }
            while j < high {
              target[k] = source[j]
              j += 1
              k += 1
            }
          }
          swap(&source, &target)
          width *= 2
        }
        if source != base { base.update(from: source, count: n) }
      }
    }
  }

  /// Puts `items` in the order of `keys` (`items[i]` becomes the old `items[keys[i].at]`) in place,
  /// one cycle of the permutation at a time: no second array of scored statements. `keys` is
  /// used up (each `at` ends pointing at its own position).
  static func permute(_ items: inout [ScoredStatement], into keys: inout [RankKey]) {
    for i in keys.indices where keys[i].at != i {
      let first = items[i]
      var j = i
      while true {
        let k = keys[j].at
        keys[j].at = j
        if k == i {
          items[j] = first
          break
        }
        items[j] = items[k]
        j = k
      }
    }
  }

  /// A candidate's place in the ranking: its relevance and statement index (distinct, so the
  /// order is total), and where its scores are.
  struct RankKey {
    var relevance: Double
    var index: Int
    var at: Int
    /// Higher relevance first, then the statement that comes first in the knowledge.
    @inline(__always) func precedes(_ other: RankKey) -> Bool {
      relevance != other.relevance ? relevance > other.relevance : index < other.index
    }
  }

  /// Flags, row after row, of which candidates each (ascending) statement list contains: row r
  /// is `flags[r * cand.count ..< (r + 1) * cand.count]`. A nil list gives a row of false.
  static func flags(_ cand: [Int], _ lists: [[Int]?]) -> [Bool] {
    let m = cand.count
    var flags = [Bool].filled(with: false, count: m * lists.count)
    flags.withUnsafeMutableBufferPointer { flags in
      cand.withUnsafeBufferPointer { cand in
        for (r, list) in lists.enumerated() {
          guard let list else { continue }
          list.withUnsafeBufferPointer { list in
            var a = 0, b = 0
            while a < m && b < list.count {
              if cand[a] == list[b] {
                flags[r * m + a] = true
                a += 1
                b += 1
              } else if cand[a] < list[b] {
                a += 1
              } else {
                b += 1
              }
            }
          }
        }
      }
    }
    return flags
  }
}
