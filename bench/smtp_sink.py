"""A local SMTP sink for the bench (Python 3.11 standard library only: smtpd + asyncore).

Usage: python3 bench/smtp_sink.py PORT KEYFILE [times]
Accepts every message on 127.0.0.1:PORT and appends its X-Leadwire-Key header (or "-") as one
line to KEYFILE, flushed per message, so counting duplicates is `sort KEYFILE | uniq -d`. With
"times", each line also holds the message's arrival (epoch milliseconds, when its data ended).
"""
import asyncore
import email.parser
import signal
import smtpd
import sys
import time

port, keyfile = int(sys.argv[1]), sys.argv[2]
times = len(sys.argv) > 3 and sys.argv[3] == "times"
out = open(keyfile, "a", buffering=1)
headers = email.parser.BytesHeaderParser()


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        key = headers.parsebytes(data).get("X-Leadwire-Key", "-")
        arrived = " %d" % int(time.time() * 1000) if times else ""
        out.write(key.strip() + arrived + "\n")
        return None


signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop(timeout=1)
