#!/usr/bin/env python3
"""Checks Guanshan's OpenAPI document and the answers the site gave against it.

usage: openapi_check.py SPEC.json SAMPLES.json

SAMPLES is a list of {"method", "path" (a path template of the spec), "status", "body"} recorded by
OpenAPITests. The spec must be valid OpenAPI 3.1; every sample's status must be declared for its
operation, with a body that matches the declared schema; every operation must have answered with
a 2xx at least once.
"""
import json
import sys

from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate


def resolved(node, spec):
    """The node with every local $ref replaced by what it points to (the spec has no cycles), and
    objects closed: a field the spec does not name is a difference between the two."""
    if isinstance(node, dict):
        if "$ref" in node:
            target = spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return resolved(target, spec)
        result = {key: resolved(value, spec) for key, value in node.items()}
        if result.get("type") == "object" and "properties" in result:
            result.setdefault("additionalProperties", False)
        return result
    if isinstance(node, list):
        return [resolved(value, spec) for value in node]
    return node


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        spec = json.load(file)
    with open(sys.argv[2], encoding="utf-8") as file:
        samples = json.load(file)
    validate(spec)
    problems = []
    answered = set()
    for sample in samples:
        where = f'{sample["method"].upper()} {sample["path"]} → {sample["status"]}'
        operation = spec["paths"].get(sample["path"], {}).get(sample["method"].lower())
        if operation is None:
            problems.append(f"{where}: no such operation in the spec")
            continue
        response = operation["responses"].get(str(sample["status"]))
        if response is None:
            problems.append(f"{where}: status not declared")
            continue
        if 200 <= sample["status"] < 300:
            answered.add((sample["path"], sample["method"].lower()))
        response = resolved(response, spec)
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if not sample["body"]:
            if schema is not None:
                problems.append(f"{where}: empty body, a JSON body is declared")
            continue
        if schema is None:
            continue
        try:
            body = json.loads(sample["body"])
        except ValueError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        for error in OAS31Validator(schema, format_checker=OAS31Validator.FORMAT_CHECKER).iter_errors(body):
            problems.append(f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    for path, methods in spec["paths"].items():
        for method in methods:
            if (path, method) not in answered:
                problems.append(f"{method.upper()} {path}: never answered with a 2xx")
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
