import EngageModel

/// `clients.html`: every client, with the mega-processes that serve it, the processes it
/// supplies inputs to and those whose outputs it receives.
enum ClientsPage {
  static func make(_ site: SiteModel) -> SitePage {
    let rows = PageRows(site: site, links: PageLinks(page: SitePath.clients))
    let graph = site.graph
    let clients: [[String: Any]] = graph.clients.map { client in
      let servers = graph.megaprocesses.filter { $0.client == client.id }.map {
        TemplateValue.link(rows.links.megaprocess($0.id), $0.title)
      }
      let supplied = graph.processes.filter { process in
        process.inputs.contains { $0.supplier == .client(client.id) }
      }.map { TemplateValue.link(rows.links.process($0.id), $0.title) }
      let received = graph.processes.filter { process in
        process.outputs.contains { $0.client == client.id }
      }.map { TemplateValue.link(rows.links.process($0.id), $0.title) }
      return [
        "anchor": Anchor.client(client.id), "id": client.id, "title": client.title,
        "description": TemplateValue.maybe(client.description), "kind": client.kind.rawValue,
        "hasServers": !servers.isEmpty, "servers": servers, "hasSupplied": !supplied.isEmpty, "supplied": supplied,
        "hasReceived": !received.isEmpty, "received": received,
      ]
    }
    return SitePage(
      path: SitePath.clients, title: "Clients", section: nil, template: "clients",
      context: ["hasClients": !clients.isEmpty, "clients": clients])
  }
}
