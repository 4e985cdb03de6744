"""A scripted chat model with langchain's structured-output surface, and a real OpenAI-compatible
HTTP server on 127.0.0.1 that replays scripted completions."""

from __future__ import annotations

import json
import re
import threading
import time
import typing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from langchain_core.messages import AIMessage
from pydantic import BaseModel, ValidationError


class ScriptedChat:
    """Replays answers (dicts, or raw strings for broken output) group by group; records the
    prompts it was sent. `answer` may be a callable(messages) -> dict | str."""

    model_name = "scripted-model"

    def __init__(self, answer: Any):
        self.answer = answer
        self.sent: list[list[tuple[str, str]]] = []

    def with_structured_output(
        self, schema: type[BaseModel], method: str = "json_schema", include_raw: bool = False
    ) -> Any:
        chat = self

        class Runnable:
            def invoke(self, messages: list[tuple[str, str]]) -> dict[str, Any]:
                chat.sent.append(messages)
                ans = chat.answer(messages, schema) if callable(chat.answer) else chat.answer
                content = ans if isinstance(ans, str) else json.dumps(ans)
                raw = AIMessage(
                    content=content,
                    usage_metadata={"input_tokens": 100, "output_tokens": 20, "total_tokens": 120},
                )
                try:
                    parsed = schema.model_validate_json(content)
                    err = None
                except ValidationError as e:
                    parsed, err = None, e
                return {"raw": raw, "parsed": parsed, "parsing_error": err}

        return Runnable()


def group_schema(field: Any) -> type[BaseModel]:
    """The answer model of one group field of a multi-group answer (X | None)."""
    return next(a for a in typing.get_args(field.annotation) if a is not type(None))


def per_group(fn: Any) -> Any:
    """Script a multi-group extraction call one group at a time: `fn(messages, schema)` sees
    a user message naming only that group (with the call's passages) and the group's schema,
    as one call per group used to; broken output (a string) is returned as is."""

    def answer(messages: list[tuple[str, str]], schema: type[BaseModel]) -> Any:
        user = messages[1][1]
        data = user[user.index("<paper>") :] if "<paper>" in user else user
        out = {}
        for g, f in schema.model_fields.items():
            msgs = [messages[0], ("human", f"Fields to fill (group: {g}):\n{data}")]
            got = fn(msgs, group_schema(f))
            if isinstance(got, str):
                return got
            out[g] = got
        return out

    return answer


def groups_in(user: str) -> list[str]:
    """The groups a request asks for ("Fields to fill (groups: a, b, c):")."""
    m = re.search(r"\(groups?: ([^)]*)\)", user)
    return [g.strip() for g in m.group(1).split(",")] if m else []


class OpenAIServer:
    """POST /v1/chat/completions -> the next scripted message content (a string)."""

    def __init__(self, contents: list[str] | Any, latency: float = 0.0):
        self.contents = contents
        self.requests: list[dict[str, Any]] = []
        self.latency = latency
        self.in_flight = self.max_in_flight = 0
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append(
                    {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
                )
                with outer._lock:
                    outer.in_flight += 1
                    outer.max_in_flight = max(outer.max_in_flight, outer.in_flight)
                try:
                    if outer.latency:
                        time.sleep(outer.latency)
                    self.answer(body)
                finally:
                    with outer._lock:
                        outer.in_flight -= 1

            def answer(self, body):
                content = (
                    outer.contents(body)
                    if callable(outer.contents)
                    else outer.contents[min(len(outer.requests), len(outer.contents)) - 1]
                )
                if isinstance(content, int | tuple):  # a scripted HTTP error
                    # (status, message) or (status, headers): "{auth}" in the message echoes
                    # the request's header, as some servers do in their error bodies; headers
                    # are e.g. a 429's Retry-After
                    status, extra = (
                        content
                        if isinstance(content, tuple)
                        else (content, "unsupported response_format")
                    )
                    headers = extra if isinstance(extra, dict) else {}
                    text = "rate limited" if headers else str(extra)
                    text = text.format(auth=self.headers.get("Authorization"))
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Type", "application/json")
                    err = json.dumps({"error": {"message": text}})
                    self.send_header("Content-Length", str(len(err)))
                    self.end_headers()
                    self.wfile.write(err.encode())
                    return
                message: dict[str, Any] = {"role": "assistant", "content": content}
                if body.get("tools"):  # a tool-calling-only server answers with a tool call
                    name = body["tools"][0]["function"]["name"]
                    message = {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "call_1",
                                "type": "function",
                                "function": {"name": name, "arguments": content},
                            }
                        ],
                    }
                resp = {
                    "id": f"chatcmpl-{len(outer.requests)}",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body.get("model", "x"),
                    "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
                    "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60},
                }
                data = json.dumps(resp).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
