// Issue 9.7: the facts form must be complete in the server's HTML (video, NIP, group), not only after
// JavaScript loads. This renders the editor the way the server does, without a browser.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/proposals/actions", () => ({ saveFactsAction: async () => ({ ok: true }) }));
const { ProposalEditor } = await import("@/components/proposals/proposal-editor");

describe("facts form on the server", () => {
  it("includes the group, video and every innovator's NIP field", () => {
    const data = {
      id: "p1",
      editable: { ok: true, until: null },
      facts: {
        title: "Inovasi",
        implementationStartedOn: "2024-01-15",
        groupId: "",
        categoryId: "",
        sdgs: [],
        replicatedInnovationId: "",
        innovators: [{ name: "Sari", nip: "", position: "" }],
        videoUrl: "",
        priorAwards: "",
      },
      factsVersion: 1,
      factsSavedAt: new Date().toISOString(),
      groups: [{ id: "g1", name: "Inovasi baru", kind: "BARU" }],
      categories: [],
      replicatedInnovation: null,
      sections: [],
      requirements: [],
      attachments: [],
    };
    const html = renderToString(createElement(ProposalEditor as never, { data } as never));
    expect(html).toContain('id="fakta-video"');
    expect(html).toContain('id="fakta-kelompok"');
    expect(html).toContain('id="inovator-0-nip"');
  });
});
