#!/usr/bin/env python3
"""The contract bites: every response the HTTP tests received, checked against the OpenAPI document.

    validate_responses.py OPENAPI_JSON RECORDINGS_DIR   check every recorded exchange
    validate_responses.py --reset RECORDINGS_DIR         empty the folder before a run

tests/support/test_server.cpp records one JSON line per exchange (method, target, status, content type, body). Each
is matched to its operation in the document (the literal path first, then templated ones), must have its status
documented there, must carry a documented media type, and a JSON body must satisfy the operation's schema for that
status, with every $ref resolved in the document (python3-jsonschema, JSON Schema 2020-12 as OpenAPI 3.1 uses it).
Exits 1 naming each failing operation and status, with the first few failures of each; 2 on bad arguments or no
recordings at all (missing data is a failure, never a pass).
"""

import json
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, RefResolver

METHODS = ("get", "put", "post", "delete", "patch")
PROBLEM = {"$ref": "#/components/schemas/Problem"}
SHOWN_PER_PROBLEM = 3


def compile_operations(document):
    """[(regex, number of parameters, path, method, operation)], the most literal path first."""
    operations = []
    for path, item in document.get("paths", {}).items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"
        for method, operation in item.items():
            if method in METHODS:
                operations.append((re.compile(pattern), path.count("{"), path, method, operation))
    operations.sort(key=lambda entry: entry[1])
    return operations


def find_operation(operations, method, path):
    for pattern, _, template, candidate_method, operation in operations:
        if candidate_method == method and pattern.match(path):
            return template, operation
    return None, None


def documented_response(operation, status):
    responses = operation.get("responses", {})
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            return responses[key]
    return None


def media_type(content_type):
    return content_type.split(";")[0].strip().lower()


def check(exchange, operations, document, resolver):
    """None when the exchange keeps the contract; else (problem key, detail)."""
    method = exchange["method"].lower()
    path = urlsplit(exchange["target"]).path
    status = exchange["status"]
    template, operation = find_operation(operations, method, path)
    if operation is None:
        # A path or method the API does not have: the answer is 404 or 405 with a problem body, as for any error.
        where = f"{method.upper()} (undocumented) -> {status}"
        if status not in (404, 405):
            return (where, "no operation in the document matches this path and method")
        return check_body(where, exchange, {"application/problem+json": {"schema": PROBLEM}}, resolver)
    where = f"{method.upper()} {template} -> {status}"
    response = documented_response(operation, status)
    if response is None:
        return (where, f"status {status} is not documented for this operation")
    return check_body(where, exchange, response.get("content", {}), resolver)


def check_body(where, exchange, content, resolver):
    """None when the body is one the documented content allows; else (where, detail)."""
    body = exchange["body"]
    if not content:
        if body.strip():
            return (where, "the document says no body, the server sent one")
        return None
    received = media_type(exchange["content_type"])
    if received not in content:
        return (where, f"content type {received or '(none)'} is not one of {sorted(content)}")
    schema = content[received].get("schema")
    if schema is None or not received.endswith("json"):
        return None
    try:
        instance = json.loads(body)
    except json.JSONDecodeError as error:
        return (where, f"the body is not JSON: {error}")
    errors = sorted(Draft202012Validator(schema, resolver=resolver).iter_errors(instance), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        at = "/".join(str(part) for part in first.absolute_path) or "(the body)"
        return (where, f"at {at}: {first.message[:300]}")
    return None


def read_recordings(folder):
    for file in sorted(folder.glob("responses-*.jsonl")):
        with file.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as error:
                        raise SystemExit(f"{file.name} line {number}: not a recorded exchange: {error}")


def main(arguments):
    if len(arguments) == 2 and arguments[0] == "--reset":
        folder = Path(arguments[1])
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        return 0
    if len(arguments) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    document = json.loads(Path(arguments[0]).read_text(encoding="utf-8"))
    folder = Path(arguments[1])
    resolver = RefResolver.from_schema(document)
    operations = compile_operations(document)

    checked = 0
    covered = set()
    problems = defaultdict(list)
    for exchange in read_recordings(folder):
        checked += 1
        template, _ = find_operation(operations, exchange["method"].lower(), urlsplit(exchange["target"]).path)
        if template:
            covered.add((exchange["method"].upper(), template, exchange["status"]))
        problem = check(exchange, operations, document, resolver)
        if problem:
            problems[problem[0]].append((exchange["target"], problem[1]))
    if checked == 0:
        print(f"no recorded exchanges in {folder}: run the HTTP tests first", file=sys.stderr)
        return 2

    print(f"{checked} responses checked, {len(covered)} operation-status pairs seen")
    if not problems:
        return 0
    failing = sum(len(items) for items in problems.values())
    print(f"{failing} responses break the contract, in {len(problems)} operation-status pairs:")
    for where in sorted(problems):
        items = problems[where]
        print(f"\n{where} ({len(items)} response{'s' if len(items) != 1 else ''})")
        for target, detail in items[:SHOWN_PER_PROBLEM]:
            print(f"  {target}: {detail}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
