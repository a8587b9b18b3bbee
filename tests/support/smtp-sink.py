#!/usr/bin/python3
"""A real SMTP server for tests, on loopback: every message it accepts is written to a folder.

Usage: smtp-sink.py --out DIR [--port N]   (port 0, the default, picks a free one)

Prints "port N" on stdout once it accepts connections, then serves until SIGTERM or SIGINT. For each message
it writes NNNN.eml (the bytes as received) and then NNNN.json, the latter by rename, so a reader that sees the
.json sees a complete message. The JSON holds the envelope ("mail_from", "rcpt_tos"), the path of the .eml and
the message as Python's standard email parser reads it ("headers": decoded header values; "content_type";
"parts": each leaf part's content type, charset, transfer encoding and decoded text), so tests check what a
mail reader would show with an independent MIME decoder. The message is on disk before the server
answers 250, so a client that got its 250 will find the file.

Runs with Debian's python3 and python3-aiosmtpd (aiosmtpd's SMTP protocol on an asyncio server of our own,
rather than its Controller, so that port 0 works and the bound port can be reported).
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import sys

from aiosmtpd.smtp import SMTP


def parse(raw):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    headers = {name.lower(): str(value) for name, value in message.items()}
    parts = []
    for part in message.walk():
        if part.is_multipart():
            continue
        content = part.get_content()
        if isinstance(content, bytes):
            # Attachments of non-text types (application/ics) decode to bytes: keep them as UTF-8 text.
            content = content.decode("utf-8", errors="replace")
        parts.append({
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
            "disposition": part.get_content_disposition(),
            "text": content,
        })
    return {"headers": headers, "content_type": message.get_content_type(), "parts": parts,
            "defects": [type(defect).__name__ for defect in message.defects]}


class FolderHandler:
    def __init__(self, folder):
        self.folder = folder
        self.count = len([name for name in os.listdir(folder) if name.endswith(".json")])

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        stem = os.path.join(self.folder, "%04d" % self.count)
        with open(stem + ".eml", "wb") as out:
            out.write(envelope.original_content or envelope.content)
        meta = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "eml": stem + ".eml"}
        meta.update(parse(envelope.original_content or envelope.content))
        with open(stem + ".json.tmp", "w") as out:
            json.dump(meta, out)
        os.rename(stem + ".json.tmp", stem + ".json")
        return "250 Message accepted for delivery"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    handler = FolderHandler(args.out)

    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, hostname="sink.test"), host="127.0.0.1", port=args.port,
                                      reuse_address=True)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print("port %d" % server.sockets[0].getsockname()[1], flush=True)
    await stop.wait()
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
