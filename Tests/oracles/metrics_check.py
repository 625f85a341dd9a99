#!/usr/bin/env python3
"""Reads a Guanshan /metrics answer with prometheus_client's parser, Prometheus's own Python client.

usage: metrics_check.py METRICS.txt

The text must parse; every family must have a type, and no sample may be infinite (NaN, "unknown",
is allowed). Prints what it
read as JSON: for each family its type and samples ([name, labels, value]), for the test to compare.
Problems go to the output and make the exit status 1.
"""
import json
import math
import sys

from prometheus_client.parser import text_string_to_metric_families


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        text = file.read()
    try:
        families = list(text_string_to_metric_families(text))
    except Exception as error:  # the parser raises ValueError and others on bad input
        print(f"does not parse: {error!r}")
        return 1
    problems = []
    read = {}
    for family in families:
        if family.type == "unknown":
            problems.append(f"{family.name}: no type")
        samples = []
        for sample in family.samples:
            if math.isinf(sample.value):
                problems.append(f"{sample.name}: {sample.value}")
            # JSON has no NaN: written as the string "NaN", which the test's decoder reads back as NaN.
            samples.append([sample.name, sample.labels, "NaN" if math.isnan(sample.value) else sample.value])
        read[family.name] = {"type": family.type, "samples": samples}
    if problems:
        print("\n".join(problems))
        return 1
    print(json.dumps(read, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
