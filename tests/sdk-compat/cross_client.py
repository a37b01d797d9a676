#!/usr/bin/env python3
"""The cross-client suite: boto3 and the aws CLI (pinned in requirements.txt) against a
running Dockside whose endpoint is in DOCKSIDE_ENDPOINT.

It only speaks to that endpoint, with dummy credentials; it never reaches real AWS.
Run by scripts/test.sh after the Rust tests.
"""
import json
import os
import subprocess
import sys
import time
import unittest

import boto3
import botocore
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = os.environ["DOCKSIDE_ENDPOINT"]
AWS = os.path.join(os.path.dirname(sys.executable), "aws")


def client(service, key="test", **config):
    return boto3.client(
        service,
        endpoint_url=ENDPOINT,
        region_name="us-east-1",
        aws_access_key_id=key,
        aws_secret_access_key="secret",
        config=Config(retries={"max_attempts": 1}, **config),
    )


def cli(*args, key="test", endpoint=True, env=None):
    """Runs the aws CLI; returns (exit code, stdout, stderr)."""
    full_env = dict(os.environ)
    full_env.update({
        "AWS_ACCESS_KEY_ID": key,
        "AWS_SECRET_ACCESS_KEY": "secret",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    })
    full_env.update(env or {})
    cmd = [AWS] + (["--endpoint-url", ENDPOINT] if endpoint else []) + list(args)
    p = subprocess.run(cmd, capture_output=True, text=True, env=full_env, timeout=60)
    return p.returncode, p.stdout, p.stderr


class Boto3(unittest.TestCase):
    def test_caller_identity(self):
        who = client("sts").get_caller_identity()
        self.assertEqual(who["Account"], "000000000000")
        self.assertEqual(who["Arn"], "arn:aws:iam::000000000000:root")
        self.assertEqual(client("sts", key="123456789012").get_caller_identity()["Account"], "123456789012")

    def test_assume_role_round_trip(self):
        out = client("sts").assume_role(
            RoleArn="arn:aws:iam::111122223333:role/app/reader", RoleSessionName="boto3")
        creds = out["Credentials"]
        self.assertTrue(creds["AccessKeyId"].startswith("ASIA"))
        self.assertEqual(out["AssumedRoleUser"]["Arn"],
                         "arn:aws:sts::111122223333:assumed-role/reader/boto3")
        assumed = boto3.client(
            "sts", endpoint_url=ENDPOINT, region_name="us-east-1",
            aws_access_key_id=creds["AccessKeyId"],
            aws_secret_access_key=creds["SecretAccessKey"],
            aws_session_token=creds["SessionToken"])
        self.assertEqual(assumed.get_caller_identity()["Account"], "111122223333")

    def assert_not_implemented(self, call):
        with self.assertRaises(ClientError) as ctx:
            call()
        err = ctx.exception.response
        self.assertEqual(err["Error"]["Code"], "NotImplemented")
        self.assertEqual(err["ResponseMetadata"]["HTTPStatusCode"], 501)
        self.assertTrue(err["Error"]["Message"].startswith("Dockside does not emulate "))

    def test_unemulated_operations_not_implemented(self):
        self.assert_not_implemented(lambda: client("logs").describe_log_groups(logGroupNamePrefix="/aws/ecs"))

    def test_gateways_route_services_with_boto3(self):
        ecs = client("ecs")
        role = "arn:aws:iam::000000000000:role/infra"
        with self.assertRaises(ClientError) as ctx:
            ecs.create_gateway(name="py-edge", infrastructureRoleArn="not-a-role",
                               configuration={"hostSharedAlb": {}})
        self.assertEqual(ctx.exception.response["Error"]["Code"], "InvalidParameterException")
        gw = ecs.create_gateway(name="py-edge", infrastructureRoleArn=role,
                                configuration={"hostSharedAlb": {"scheme": "internal"}})
        self.assertEqual(gw["status"], "ACTIVE")
        ecs.create_cluster(clusterName="py-gw")
        ecs.associate_gateway_with_cluster(gateway="py-edge", cluster="py-gw")
        ecs.register_task_definition(
            family="py-gw", networkMode="awsvpc", requiresCompatibilities=["FARGATE"], cpu="256", memory="512",
            containerDefinitions=[{"name": "app", "image": "img", "portMappings": [{"containerPort": 80, "name": "web"}]}])
        ecs.create_service(cluster="py-gw", serviceName="site", taskDefinition="py-gw", desiredCount=1,
                           launchType="FARGATE", gatewayConnectors=[{"portName": "web"}],
                           networkConfiguration={"awsvpcConfiguration": {"subnets": ["subnet-1"]}})
        routes = ecs.list_gateway_routes(cluster="py-gw")["gatewayRoutes"]
        self.assertEqual([r["serviceContainerPortName"] for r in routes], ["web"])
        route = ecs.describe_gateway_route(gatewayRouteArn=routes[0]["gatewayRouteArn"])["gatewayRoute"]
        self.assertTrue(route["serviceUrl"].startswith("https://site-"))
        self.assertEqual(ecs.describe_gateway(gateway="py-edge")["gateway"]["accessType"], "PRIVATE")
        ecs.disassociate_gateway_from_cluster(gateway="py-edge", cluster="py-gw")
        with self.assertRaises(ClientError) as ctx:
            ecs.delete_gateway(gateway="py-edge")
        self.assertEqual(ctx.exception.response["Error"]["Code"], "ClientException")
        ecs.delete_service(cluster="py-gw", service="site", force=True)
        self.assertEqual(ecs.delete_gateway(gateway="py-edge")["status"], "DELETED")

    def test_api_destination_calls_a_local_endpoint(self):
        import http.server
        import threading
        seen = []

        class Hook(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                seen.append((self.path, self.headers, json.loads(body)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        server = http.server.HTTPServer(("127.0.0.1", 0), Hook)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            eb = client("events")
            conn = eb.create_connection(
                Name="py-hook", AuthorizationType="BASIC",
                AuthParameters={"BasicAuthParameters": {"Username": "u", "Password": "p"}})
            self.assertEqual(conn["ConnectionState"], "AUTHORIZED")
            dest = eb.create_api_destination(
                Name="py-hook", ConnectionArn=conn["ConnectionArn"], HttpMethod="POST",
                InvocationEndpoint="http://127.0.0.1:%d/in" % server.server_port)
            eb.put_rule(Name="py-hook", EventPattern=json.dumps({"source": ["py.app"]}))
            eb.put_targets(Rule="py-hook", Targets=[{
                "Id": "hook", "Arn": dest["ApiDestinationArn"],
                "RoleArn": "arn:aws:iam::000000000000:role/eb",
                "InputTransformer": {"InputPathsMap": {"k": "$.detail.key"},
                                     "InputTemplate": '{"key": <k>}'}}])
            out = eb.put_events(Entries=[{"Source": "py.app", "DetailType": "t",
                                          "Detail": json.dumps({"key": "a/b.png"})}])
            self.assertEqual(out["FailedEntryCount"], 0)
            for _ in range(100):
                if seen:
                    break
                time.sleep(0.05)
            path, headers, body = seen[0]
            self.assertEqual(path, "/in")
            self.assertEqual(headers["Authorization"], "Basic dTpw")
            self.assertEqual(body, {"key": "a/b.png"})
            with self.assertRaises(ClientError) as e:
                eb.describe_api_destination(Name="nope")
            self.assertEqual(e.exception.response["Error"]["Code"], "ResourceNotFoundException")
        finally:
            server.shutdown()

    def test_cloud_map_over_cbor(self):
        sd = client("servicediscovery", inject_host_prefix=False)
        self.assertEqual(sd.meta.service_model.protocol, "smithy-rpc-v2-cbor")
        op = sd.create_http_namespace(Name="cbor-ns", CreatorRequestId="once")["OperationId"]
        sd.create_http_namespace(Name="cbor-ns", CreatorRequestId="once")  # a retry is no error
        target = sd.get_operation(OperationId=op)["Operation"]["Targets"]["NAMESPACE"]
        svc = sd.create_service(Name="api", NamespaceId=target)["Service"]
        self.assertEqual(svc["Type"], "HTTP")
        sd.register_instance(ServiceId=svc["Id"], InstanceId="i-1",
                             Attributes={"AWS_INSTANCE_IPV4": "10.0.0.1", "stage": "blue"})
        sd.register_instance(ServiceId=svc["Id"], InstanceId="i-2",
                             Attributes={"AWS_INSTANCE_IPV4": "10.0.0.2", "stage": "green"})
        found = sd.discover_instances(NamespaceName="cbor-ns", ServiceName="api",
                                      QueryParameters={"stage": "green"})["Instances"]
        self.assertEqual([i["InstanceId"] for i in found], ["i-2"])
        with self.assertRaises(ClientError) as e:
            sd.discover_instances(NamespaceName="cbor-ns", ServiceName="nope")
        self.assertEqual(e.exception.response["Error"]["Code"], "ServiceNotFound")
        with self.assertRaises(ClientError) as e:
            sd.delete_service(Id=svc["Id"])
        self.assertEqual(e.exception.response["Error"]["Code"], "ResourceInUse")

    def test_server_side_validation_over_cbor(self):
        with self.assertRaises(ClientError) as ctx:
            client("servicediscovery").create_http_namespace(Name="n" * 1025)
        err = ctx.exception.response["Error"]
        self.assertEqual(err["Code"], "ValidationException")
        self.assertIn("Member must have length less than or equal to 1024", err["Message"])

    def test_validation_over_query(self):
        with self.assertRaises(ClientError) as ctx:
            client("sts").assume_role(RoleArn="arn:aws:iam::111122223333:role/r", RoleSessionName="has space")
        self.assertEqual(ctx.exception.response["Error"]["Code"], "ValidationError")


class AwsCli(unittest.TestCase):
    def test_endpoint_flag(self):
        code, out, err = cli("sts", "get-caller-identity")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["Account"], "000000000000")

    def test_endpoint_environment(self):
        code, out, err = cli("sts", "get-caller-identity", key="444455556666", endpoint=False,
                             env={"AWS_ENDPOINT_URL": ENDPOINT})
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["Account"], "444455556666")

    def test_assume_role(self):
        code, out, err = cli("sts", "assume-role", "--role-arn", "arn:aws:iam::777788889999:role/ci",
                             "--role-session-name", "cli")
        self.assertEqual(code, 0, err)
        key = json.loads(out)["Credentials"]["AccessKeyId"]
        code, out, err = cli("sts", "get-caller-identity", key=key)
        self.assertEqual(json.loads(out)["Arn"], "arn:aws:sts::777788889999:assumed-role/ci/cli")

    def test_not_implemented(self):
        for args in (["logs", "describe-log-groups", "--log-group-name-prefix", "/aws/ecs"],):
            code, out, err = cli(*args)
            self.assertNotEqual(code, 0, args)
            self.assertIn("(NotImplemented)", err, args)

    def test_cloud_map_dns_with_cli_and_dig(self):
        nohost = {"AWS_DISABLE_HOST_PREFIX_INJECTION": "true"}
        code, out, err = cli("servicediscovery", "create-private-dns-namespace", "--name", "demo.local",
                             "--vpc", "vpc-12345678")
        self.assertEqual(code, 0, err)
        op = json.loads(out)["OperationId"]
        for _ in range(50):
            code, out, err = cli("servicediscovery", "get-operation", "--operation-id", op)
            if json.loads(out)["Operation"]["Status"] == "SUCCESS":
                break
            time.sleep(0.1)
        ns = json.loads(out)["Operation"]["Targets"]["NAMESPACE"]
        code, out, err = cli("servicediscovery", "create-service", "--name", "api", "--namespace-id", ns,
                             "--dns-config", "RoutingPolicy=MULTIVALUE,DnsRecords=[{Type=A,TTL=30},{Type=SRV,TTL=30}]")
        self.assertEqual(code, 0, err)
        svc = json.loads(out)["Service"]["Id"]
        code, out, err = cli("servicediscovery", "register-instance", "--service-id", svc, "--instance-id", "web-1",
                             "--attributes", "AWS_INSTANCE_IPV4=10.1.2.3,AWS_INSTANCE_PORT=8080")
        self.assertEqual(code, 0, err)
        code, out, err = cli("servicediscovery", "register-instance", "--service-id", svc, "--instance-id", "bad",
                             "--attributes", "AWS_INSTANCE_IPV4=10.1.2.4")
        self.assertIn("(InvalidInput)", err, "an SRV record needs a port")
        code, out, err = cli("servicediscovery", "discover-instances", "--namespace-name", "demo.local",
                             "--service-name", "api", env=nohost)
        self.assertEqual(code, 0, err)
        self.assertEqual([i["InstanceId"] for i in json.loads(out)["Instances"]], ["web-1"])
        port = os.environ["DOCKSIDE_DNS_PORT"]
        dig = lambda *a: subprocess.run(["dig", "@127.0.0.1", "-p", port, "+short", "+tries=1", "+time=2", *a],
                                        capture_output=True, text=True).stdout.split()
        self.assertEqual(dig("api.demo.local", "A"), ["10.1.2.3"])
        self.assertEqual(dig("api.demo.local", "SRV"), ["1", "1", "8080", "web-1.api.demo.local."])
        status = subprocess.run(["dig", "@127.0.0.1", "-p", port, "+tries=1", "+time=2", "nope.demo.local"],
                                capture_output=True, text=True).stdout
        self.assertIn("status: NXDOMAIN", status)
        status = subprocess.run(["dig", "@127.0.0.1", "-p", port, "+tries=1", "+time=2", "example.com"],
                                capture_output=True, text=True).stdout
        self.assertIn("status: REFUSED", status)


class EcsWithCli(unittest.TestCase):
    """The canonical Fargate flow with the real aws CLI and its waiters."""

    def ecs(self, *args):
        code, out, err = cli("ecs", *args, "--cluster", "cli-cluster")
        self.assertEqual(code, 0, f"{args}: {err}")
        return json.loads(out) if out.strip() else None

    def test_service_flow_with_waiters(self):
        import time
        code, out, err = cli("ecs", "create-cluster", "--cluster-name", "cli-cluster")
        self.assertEqual(code, 0, err)
        for image in ("registry.invalid/app:1", "registry.invalid/app:2"):
            code, out, err = cli(
                "ecs", "register-task-definition", "--family", "cli-web",
                "--requires-compatibilities", "FARGATE", "--network-mode", "awsvpc",
                "--cpu", "256", "--memory", "512",
                "--container-definitions", json.dumps([{"name": "app", "image": image}]))
            self.assertEqual(code, 0, err)
        net = "awsvpcConfiguration={subnets=[subnet-cli]}"
        svc = self.ecs("create-service", "--service-name", "api", "--task-definition", "cli-web:1",
                       "--desired-count", "3", "--launch-type", "FARGATE", "--network-configuration", net)
        self.assertEqual(svc["service"]["status"], "ACTIVE")
        t0 = time.monotonic()
        self.ecs("wait", "services-stable", "--services", "api")
        self.assertLess(time.monotonic() - t0, 5, "waiter returned on its first poll")
        arns = self.ecs("list-tasks", "--service-name", "api")["taskArns"]
        tasks = self.ecs("describe-tasks", "--tasks", *arns)["tasks"]
        self.assertEqual([t["lastStatus"] for t in tasks], ["RUNNING"] * 3)
        ips = {t["containers"][0]["networkInterfaces"][0]["privateIpv4Address"] for t in tasks}
        self.assertEqual(len(ips), 3)

        self.ecs("update-service", "--service", "api", "--task-definition", "cli-web:2")
        self.ecs("wait", "services-stable", "--services", "api")
        desc = self.ecs("describe-services", "--services", "api")["services"][0]
        self.assertEqual(len(desc["deployments"]), 1)
        self.assertTrue(desc["taskDefinition"].endswith("cli-web:2"))
        self.assertEqual(desc["events"][0]["message"], "(service api) has reached a steady state.")

        run = self.ecs("run-task", "--task-definition", "cli-web", "--launch-type", "FARGATE",
                       "--network-configuration", net, "--count", "2")
        ran = [t["taskArn"] for t in run["tasks"]]
        self.ecs("wait", "tasks-running", "--tasks", *ran)
        for arn in ran:
            self.ecs("stop-task", "--task", arn, "--reason", "cli test")
        self.ecs("wait", "tasks-stopped", "--tasks", *ran)

        self.ecs("update-service", "--service", "api", "--desired-count", "0")
        self.assertEqual(self.ecs("delete-service", "--service", "api")["service"]["status"], "DRAINING")
        code, out, err = cli("ecs", "delete-cluster", "--cluster", "cli-cluster")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["cluster"]["status"], "INACTIVE")

    def test_ecr_lifecycle_preview_and_settings(self):
        ecr = client("ecr")
        ecr.create_repository(repositoryName="cli-lifecycle")
        policy = json.dumps({"rules": [{"rulePriority": 1, "description": "at most one untagged",
                                        "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan",
                                                      "countNumber": 1},
                                        "action": {"type": "expire"}}]})
        code, out, err = cli("ecr", "put-lifecycle-policy", "--repository-name", "cli-lifecycle",
                             "--lifecycle-policy-text", policy)
        self.assertEqual(code, 0, err)
        got = ecr.get_lifecycle_policy(repositoryName="cli-lifecycle")
        self.assertEqual(json.loads(got["lifecyclePolicyText"]), json.loads(policy))
        ecr.start_lifecycle_policy_preview(repositoryName="cli-lifecycle")
        preview = ecr.get_lifecycle_policy_preview(repositoryName="cli-lifecycle")
        self.assertEqual(preview["status"], "COMPLETE")
        self.assertEqual(preview["summary"]["expiringImageTotalCount"], 0)
        bad = json.dumps({"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged",
                          "countType": "imageCountMoreThan", "countNumber": 1}, "action": {"type": "expire"}}]})
        with self.assertRaises(ClientError) as e:
            ecr.put_lifecycle_policy(repositoryName="cli-lifecycle", lifecyclePolicyText=bad)
        self.assertEqual(e.exception.response["Error"]["Code"], "InvalidParameterException")
        code, out, err = cli("ecr", "get-account-setting", "--name", "BLOB_MOUNTING")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["value"], "DISABLED")
        ecr.delete_repository(repositoryName="cli-lifecycle", force=True)

    def test_event_runs_a_task_through_a_rule(self):
        code, out, err = cli("ecs", "create-cluster", "--cluster-name", "events-cluster")
        self.assertEqual(code, 0, err)
        cluster = json.loads(out)["cluster"]["clusterArn"]
        code, out, err = cli("ecs", "register-task-definition", "--family", "thumb",
                             "--requires-compatibilities", "FARGATE", "--network-mode", "awsvpc",
                             "--cpu", "256", "--memory", "512",
                             "--container-definitions", '[{"name":"app","image":"thumb:1"}]')
        self.assertEqual(code, 0, err)
        td = json.loads(out)["taskDefinition"]["taskDefinitionArn"]
        code, out, err = cli("events", "put-rule", "--name", "on-object",
                             "--event-pattern", '{"source":["my.app"],"detail-type":["Object Created"]}')
        self.assertEqual(code, 0, err)
        target = {"Id": "thumb", "Arn": cluster, "RoleArn": "arn:aws:iam::000000000000:role/events",
                  "EcsParameters": {"TaskDefinitionArn": td, "TaskCount": 1, "LaunchType": "FARGATE",
                                    "NetworkConfiguration": {"awsvpcConfiguration": {"Subnets": ["subnet-0a1b2c3d"]}}},
                  "InputTransformer": {"InputPathsMap": {"key": "$.detail.key"},
                                       "InputTemplate": '{"containerOverrides":[{"name":"app","environment":[{"name":"OBJECT_KEY","value":"<key>"}]}]}'}}
        code, out, err = cli("events", "put-targets", "--rule", "on-object", "--targets", json.dumps([target]))
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["FailedEntryCount"], 0)
        entry = {"Source": "my.app", "DetailType": "Object Created", "Detail": json.dumps({"key": "in/cat.png"})}
        code, out, err = cli("events", "put-events", "--entries", json.dumps([entry]))
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["FailedEntryCount"], 0)
        code, out, err = cli("ecs", "list-tasks", "--cluster", "events-cluster")
        arns = json.loads(out)["taskArns"]
        self.assertEqual(len(arns), 1)
        code, out, err = cli("ecs", "describe-tasks", "--cluster", "events-cluster", "--tasks", arns[0])
        task = json.loads(out)["tasks"][0]
        self.assertEqual(task["startedBy"], "events-rule/on-object")
        env = task["overrides"]["containerOverrides"][0]["environment"]
        self.assertEqual(env, [{"name": "OBJECT_KEY", "value": "in/cat.png"}])

    def test_archive_and_replay_with_the_cli(self):
        code, out, err = cli("events", "create-event-bus", "--name", "cli-orders")
        self.assertEqual(code, 0, err)
        bus = json.loads(out)["EventBusArn"]
        code, out, err = cli("events", "create-archive", "--archive-name", "cli-orders",
                             "--event-source-arn", bus)
        self.assertEqual(code, 0, err)
        archive = json.loads(out)["ArchiveArn"]
        start = int(time.time()) - 60
        entry = json.dumps([{"EventBusName": "cli-orders", "Source": "cli.app",
                             "DetailType": "t", "Detail": "{}"}] * 2)
        code, out, err = cli("events", "put-events", "--entries", entry)
        self.assertEqual(code, 0, err)
        code, out, err = cli("events", "describe-archive", "--archive-name", "cli-orders")
        self.assertEqual(json.loads(out)["EventCount"], 2)
        time.sleep(1.1)
        code, out, err = cli("events", "start-replay", "--replay-name", "cli-again",
                             "--event-source-arn", archive,
                             "--event-start-time", str(start),
                             "--event-end-time", str(int(time.time())),
                             "--destination", json.dumps({"Arn": bus}))
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["State"], "STARTING")
        state = None
        for _ in range(40):
            code, out, err = cli("events", "describe-replay", "--replay-name", "cli-again")
            state = json.loads(out)["State"]
            if state == "COMPLETED":
                break
            time.sleep(0.25)
        self.assertEqual(state, "COMPLETED")
        code, out, err = cli("events", "start-replay", "--replay-name", "cli-again",
                             "--event-source-arn", archive,
                             "--event-start-time", str(start),
                             "--event-end-time", str(int(time.time())),
                             "--destination", json.dumps({"Arn": bus}))
        self.assertNotEqual(code, 0)
        self.assertIn("(ResourceAlreadyExistsException)", err)

    def test_eks_cluster_kubeconfig_and_kubectl(self):
        ok = self._ok
        ok("eks", "create-cluster", "--name", "cli-eks", "--role-arn",
           "arn:aws:iam::000000000000:role/eks",
           "--resources-vpc-config", "subnetIds=subnet-a,subnet-b")
        ok("eks", "wait", "cluster-active", "--name", "cli-eks")
        kubeconfig = os.path.join(os.environ.get("TMPDIR", "/tmp"), "dockside-kubeconfig-%d" % os.getpid())
        ok("eks", "update-kubeconfig", "--name", "cli-eks", "--kubeconfig", kubeconfig)
        env = dict(os.environ)
        env.update({
            "PATH": os.path.dirname(AWS) + os.pathsep + env.get("PATH", ""),
            "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "secret",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_CONFIG_FILE": "/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        })
        try:
            p = subprocess.run(["kubectl", "--kubeconfig", kubeconfig, "version", "-o", "json"],
                               capture_output=True, text=True, env=env, timeout=60)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(json.loads(p.stdout)["serverVersion"]["minor"], "36+")
            p = subprocess.run(["kubectl", "--kubeconfig", kubeconfig, "get", "--raw", "/readyz"],
                               capture_output=True, text=True, env=env, timeout=60)
            self.assertEqual((p.returncode, p.stdout), (0, "ok"), p.stderr)
            p = subprocess.run(["kubectl", "--kubeconfig", kubeconfig, "cluster-info"],
                               capture_output=True, text=True, env=env, timeout=60)
            self.assertIn("Kubernetes control plane is running at https://127.0.0.1:", p.stdout, p.stderr)
        finally:
            os.remove(kubeconfig)
        ok("eks", "create-nodegroup", "--cluster-name", "cli-eks", "--nodegroup-name", "ng",
           "--node-role", "arn:aws:iam::000000000000:role/node", "--subnets", "subnet-a",
           "--scaling-config", "minSize=1,maxSize=3,desiredSize=2")
        ok("eks", "wait", "nodegroup-active", "--cluster-name", "cli-eks", "--nodegroup-name", "ng")
        ok("eks", "create-fargate-profile", "--cluster-name", "cli-eks", "--fargate-profile-name", "fp",
           "--pod-execution-role-arn", "arn:aws:iam::000000000000:role/pods",
           "--selectors", "namespace=batch")
        ok("eks", "wait", "fargate-profile-active", "--cluster-name", "cli-eks", "--fargate-profile-name", "fp")
        code, out, err = cli("eks", "describe-addon-versions", "--kubernetes-version", "1.36",
                             "--addon-name", "coredns")
        self.assertEqual(json.loads(out)["addons"][0]["addonVersions"][0]["addonVersion"], "v1.12.4-eksbuild.1")
        code, out, err = cli("eks", "delete-cluster", "--name", "cli-eks")
        self.assertNotEqual(code, 0)
        self.assertIn("(ResourceInUseException)", err)
        ok("eks", "delete-nodegroup", "--cluster-name", "cli-eks", "--nodegroup-name", "ng")
        ok("eks", "wait", "nodegroup-deleted", "--cluster-name", "cli-eks", "--nodegroup-name", "ng")
        ok("eks", "delete-fargate-profile", "--cluster-name", "cli-eks", "--fargate-profile-name", "fp")
        ok("eks", "wait", "fargate-profile-deleted", "--cluster-name", "cli-eks", "--fargate-profile-name", "fp")
        ok("eks", "delete-cluster", "--name", "cli-eks")
        ok("eks", "wait", "cluster-deleted", "--name", "cli-eks")

    def _ok(self, *args):
        code, out, err = cli(*args)
        self.assertEqual(code, 0, "%s: %s" % (args, err))
        return out

    def test_ec2_instances_placement_and_draining_with_the_cli(self):
        import time

        def ecs(*args):
            code, out, err = cli("ecs", *args)
            self.assertEqual(code, 0, f"{args}: {err}")
            return json.loads(out) if out.strip() else None

        ecs("create-cluster", "--cluster-name", "cli-ec2")
        arns = []
        for zone, memory in (("us-east-1a", 2048), ("us-east-1a", 4096), ("us-east-1b", 1024)):
            doc = json.dumps({"instanceId": f"i-0{len(arns)}", "availabilityZone": zone, "region": "us-east-1"})
            out = ecs("register-container-instance", "--cluster", "cli-ec2",
                      "--instance-identity-document", doc,
                      "--total-resources", json.dumps([
                          {"name": "CPU", "type": "INTEGER", "integerValue": 2048},
                          {"name": "MEMORY", "type": "INTEGER", "integerValue": memory}]))
            arns.append(out["containerInstance"]["containerInstanceArn"])
        ecs("register-task-definition", "--family", "cli-ec2",
            "--container-definitions", json.dumps([{"name": "app", "image": "busybox", "memory": 512}]))
        run = ecs("run-task", "--cluster", "cli-ec2", "--task-definition", "cli-ec2", "--count", "6",
                  "--placement-strategy", "type=spread,field=attribute:ecs.availability-zone",
                  "type=binpack,field=memory")
        placed = {}
        for t in run["tasks"]:
            placed[t["containerInstanceArn"]] = placed.get(t["containerInstanceArn"], 0) + 1
        # Zones alternate until us-east-1b (1,024 MiB) is full; zone a fills its fuller instance.
        self.assertEqual(placed, {arns[2]: 2, arns[0]: 4})
        out = ecs("run-task", "--cluster", "cli-ec2", "--task-definition", "cli-ec2",
                  "--placement-constraints", "type=memberOf,expression=attribute:ecs.availability-zone==us-east-1b")
        self.assertEqual(out["tasks"], [])
        code, out, err = cli("ecs", "run-task", "--cluster", "cli-ec2", "--task-definition", "cli-ec2",
                             "--placement-constraints", "type=memberOf,expression=attribute:ecs.availability-zone in us-east-1b")
        self.assertNotEqual(code, 0)
        self.assertIn("InvalidParameterException", err)
        listed = ecs("list-container-instances", "--cluster", "cli-ec2",
                     "--filter", "attribute:ecs.availability-zone == us-east-1a")
        self.assertEqual(sorted(listed["containerInstanceArns"]), sorted(arns[:2]))
        ecs("put-attributes", "--cluster", "cli-ec2", "--attributes",
            f"name=team,value=web,targetId={arns[1]}")
        attrs = ecs("list-attributes", "--cluster", "cli-ec2", "--target-type", "container-instance",
                    "--attribute-name", "team")
        self.assertEqual(attrs["attributes"][0]["targetId"], arns[1])

        ecs("create-service", "--cluster", "cli-ec2", "--service-name", "web", "--task-definition", "cli-ec2",
            "--desired-count", "1", "--launch-type", "EC2",
            "--placement-constraints", "type=memberOf,expression=attribute:team==web")
        ecs("wait", "services-stable", "--cluster", "cli-ec2", "--services", "web")
        task = ecs("list-tasks", "--cluster", "cli-ec2", "--service-name", "web")["taskArns"]
        desc = ecs("describe-tasks", "--cluster", "cli-ec2", "--tasks", *task)["tasks"][0]
        self.assertEqual(desc["containerInstanceArn"], arns[1])
        # The only instance the service may use drains: no replacement can be placed, and with
        # minimumHealthyPercent 100 the old task keeps running until one is.
        ecs("update-container-instances-state", "--cluster", "cli-ec2", "--container-instances", arns[1],
            "--status", "DRAINING")
        for _ in range(100):
            svc = ecs("describe-services", "--cluster", "cli-ec2", "--services", "web")["services"][0]
            if "unable to place" in svc["events"][0]["message"]:
                break
            time.sleep(0.05)
        self.assertIn("unable to place a task", svc["events"][0]["message"])
        self.assertEqual(svc["runningCount"], 1)
        inst = ecs("describe-container-instances", "--cluster", "cli-ec2", "--container-instances", arns[1])
        self.assertEqual(inst["containerInstances"][0]["status"], "DRAINING")
        providers = ecs("describe-capacity-providers")["capacityProviders"]
        self.assertEqual([p["name"] for p in providers], ["FARGATE", "FARGATE_SPOT"])

    def test_express_service_with_the_cli(self):
        role = "arn:aws:iam::000000000000:role/ecs"
        code, out, err = cli("ecs", "create-express-gateway-service", "--service-name", "cli-express",
                             "--execution-role-arn", role, "--infrastructure-role-arn", role,
                             "--primary-container", "image=registry.invalid/web:1,containerPort=8080")
        self.assertEqual(code, 0, err)
        out = json.loads(out)
        arn = out["service"]["serviceArn"]
        config = out["service"]["activeConfigurations"][0]
        self.assertEqual((config["cpu"], config["primaryContainer"]["containerPort"]), ("1024", 8080))
        code, out, err = cli("ecs", "update-express-gateway-service", "--service-arn", arn,
                             "--cpu", "2048", "--memory", "4096")
        self.assertEqual(code, 0, err)
        self.assertTrue(json.loads(out)["service"]["targetConfiguration"]["taskDefinitionArn"].endswith("cli-express:2"))
        code, out, err = cli("ecs", "delete-express-gateway-service", "--service-arn", arn)
        self.assertEqual(json.loads(out)["service"]["status"]["statusCode"], "DRAINING")
        code, out, err = cli("ecs", "describe-express-gateway-service", "--service-arn", arn + "-none")
        self.assertNotEqual(code, 0)
        self.assertIn("(ResourceNotFoundException)", err)

    def test_errors_reach_the_cli(self):
        code, out, err = cli("ecs", "describe-services", "--cluster", "no-such", "--services", "x")
        self.assertNotEqual(code, 0)
        self.assertIn("(ClusterNotFoundException)", err)
        self.assertIn("Cluster not found.", err)


if __name__ == "__main__":
    print(f"boto3 {boto3.__version__}, botocore {botocore.__version__}, against {ENDPOINT}")
    unittest.main(verbosity=2)
