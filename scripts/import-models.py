#!/usr/bin/env python3
"""Imports the AWS service models Dockside is generated from.

Downloads one pinned botocore wheel from PyPI, takes `service-2.json.gz` of each
service Dockside serves, strips every documentation string (the models are data;
their prose is not ours to ship) and writes `fixtures/models/<service>.json` plus
`fixtures/models/SOURCE.json`, which records where each file came from.

It never edits a model beyond removing documentation.

    python3 scripts/import-models.py            # the pinned version
    python3 scripts/import-models.py 1.45.0     # an upgrade: review the diff
"""
import gzip
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile

BOTOCORE = sys.argv[1] if len(sys.argv) > 1 else "1.44.5"
# (file name in fixtures/models, botocore folder, API version)
SERVICES = [
    ("ecs", "ecs", "2014-11-13"),
    ("ecr", "ecr", "2015-09-21"),
    ("eks", "eks", "2017-11-01"),
    ("events", "events", "2015-10-07"),
    ("servicediscovery", "servicediscovery", "2017-03-14"),
    ("sts", "sts", "2011-06-15"),
    ("logs", "logs", "2014-03-28"),
    ("elbv2", "elbv2", "2015-12-01"),
    ("application-autoscaling", "application-autoscaling", "2016-02-06"),
]
DROP = {"documentation", "documentationUrl", "deprecatedMessage"}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in DROP}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "models"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "-d", tmp, f"botocore=={BOTOCORE}"],
            check=True,
        )
        wheel = next(pathlib.Path(tmp).glob("botocore-*.whl"))
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        source = {"botocore": BOTOCORE, "wheel": wheel.name, "wheelSha256": digest,
                  "stripped": sorted(DROP), "services": {}}
        with zipfile.ZipFile(wheel) as zf:
            for name, folder, version in SERVICES:
                member = f"botocore/data/{folder}/{version}/service-2.json.gz"
                model = strip(json.loads(gzip.decompress(zf.read(member))))
                text = json.dumps(model, indent=1, ensure_ascii=False) + "\n"
                (out / f"{name}.json").write_text(text)
                source["services"][name] = {
                    "path": member,
                    "operations": len(model["operations"]),
                    "shapes": len(model["shapes"]),
                }
                print(f"{name}: {len(model['operations'])} operations")
        (out / "SOURCE.json").write_text(json.dumps(source, indent=1) + "\n")


if __name__ == "__main__":
    main()
