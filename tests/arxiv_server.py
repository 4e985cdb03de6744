"""A loopback arXiv: serves a recorded-style Atom response and a PDF, with scripted failures."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ATOM = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title>arXiv Query: id_list={id}</title>
  <entry>
    <id>http://arxiv.org/abs/{id}v2</id>
    <published>2025-04-07T10:00:00Z</published>
    <title>NicheLM: a spatially grounded foundation model
      for single-cell transcriptomics</title>
    <summary>We present NicheLM, a transformer foundation model.</summary>
    <author><name>Ada Lovelace</name></author>
    <author><name>Alan Turing</name></author>
    <arxiv:doi>10.1000/nichelm.2025</arxiv:doi>
  </entry>
</feed>"""
EMPTY_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>none</title></feed>"""


class ArxivServer:
    """`script` maps a path prefix ('/api', '/pdf') to a list of status codes to answer first
    (then 200); 'sleep' makes the response hang longer than the client's timeout."""

    def __init__(self, pdf: Path, known_id: str = "2504.04698"):
        self.pdf = pdf.read_bytes()
        self.known = known_id
        self.script: dict[str, list[int | str]] = {}
        self.hits: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                outer.hits.append(self.path)
                prefix = "/api" if self.path.startswith("/api") else "/pdf"
                queue = outer.script.get(prefix) or []
                if queue:
                    step = queue.pop(0)
                    if step == "sleep":
                        time.sleep(1.5)
                        return
                    self.send_response(int(step))
                    self.end_headers()
                    return
                if prefix == "/api":
                    body = (
                        ATOM.format(id=outer.known) if outer.known in self.path else EMPTY_FEED
                    ).encode()
                    ctype = "application/atom+xml"
                elif outer.known in self.path:
                    body, ctype = outer.pdf, "application/pdf"
                else:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
