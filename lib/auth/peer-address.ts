import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { markPeerGuardInstalled, PEER_HEADER, peerGuardInstalled, trustedHops } from "./client-address";

// Route handlers in Next.js do not see the socket. Node announces every incoming request on this diagnostics
// channel before the server handles it, with the socket, so the peer's address is written into a header
// here, where no client can forge it. Without TRUST_PROXY the client's own X-Forwarded-For and X-Real-IP are
// dropped too, so nothing downstream believes them (Next.js then fills X-Forwarded-For with the peer).
export function installPeerAddressGuard(): void {
  if (peerGuardInstalled()) return;
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const peer = socket?.remoteAddress ?? request.socket?.remoteAddress;
    delete request.headers[PEER_HEADER];
    if (peer) request.headers[PEER_HEADER] = peer;
    if (trustedHops() === 0) {
      delete request.headers["x-forwarded-for"];
      delete request.headers["x-real-ip"];
    }
  });
  markPeerGuardInstalled();
}
