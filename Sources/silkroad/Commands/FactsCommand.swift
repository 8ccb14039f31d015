// `silkroad facts [FILTER] [--json]`: the statements in the knowledge base.
import ArgumentParser
import SilkRoadKit

struct FactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
    abstract: "List the statements in the knowledge base: all, or those about an entity, topic, measure or section.")

  @OptionGroup var options: CommonOptions
  @Flag(name: .long, help: "One JSON object per line.") var json = false
  @Argument(help: "An entity (any alias), a topic, a measure id, a section name or an id prefix.") var filter: [String] = []

  func run() throws {
    let index = KnowledgeLoader.loadOrExit(directory: options.knowledge)
    let knowledge = index.knowledge
    let wanted = filter.joined(separator: " ")
    let list = FactFilter(knowledge: knowledge, index: index).select(wanted)
    for s in list {
      Platform.writeLine(json ? JSONWriter.statementLine(s, knowledge: knowledge) : ShellText.statement(s))
    }
    if list.isEmpty {
      Platform.writeStandardError(ShellText.noStatementMatches(wanted))
      throw ExitCode(1)
    }
  }
}
