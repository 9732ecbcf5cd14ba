"""A real SMTP server for the browser tests (aiosmtpd): every mail it receives is decoded
and written as JSON ({to, subject, body, message_id}) into a folder the tests read.

    python3 smtp_sink.py PORT FOLDER
"""
import json
import os
import sys
import time
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        msg = message_from_bytes(envelope.content, policy=policy.default)
        record = {
            "to": envelope.rcpt_tos,
            "subject": str(msg["subject"]),
            "body": msg.get_body(("plain",)).get_content(),
            "message_id": str(msg["message-id"]),
        }
        path = os.path.join(self.folder, f"{time.time_ns()}.json")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(path + ".tmp", path)
        return "250 Message accepted for delivery"


if __name__ == "__main__":
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()
