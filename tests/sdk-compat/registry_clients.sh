#!/usr/bin/env bash
# The registry with real clients: the aws CLI logs docker in, docker pushes an image built
# FROM scratch (Debian's busybox-static), the ECR API sees it, Dockside restarts, docker
# pulls and runs it, skopeo copies it out to an OCI layout and back.
# Usage: registry_clients.sh <dockside binary> <aws CLI>; needs dockerd and skopeo.
set -euo pipefail
bin=$1
aws=$2
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
registry="localhost:$port"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
export AWS_ENDPOINT_URL="http://$registry" AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export DOCKER_HOST="unix://$work/docker.sock" DOCKER_CONFIG="$work/docker-config"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT

fail() { echo "registry_clients: $*" >&2; exit 1; }

start_dockside() {
  "$bin" --listen "127.0.0.1:$port" --data-dir "$work/data" >"$work/dockside.log" 2>&1 &
  dockside_pid=$!
  for _ in $(seq 200); do grep -q '^Ready\.$' "$work/dockside.log" && return; sleep 0.05; done
  cat "$work/dockside.log"; fail "dockside did not start"
}

dockerd --iptables=false --bridge=none --storage-driver=vfs --data-root "$work/docker" \
  --exec-root "$work/exec" -H "$DOCKER_HOST" --pidfile "$work/docker.pid" >"$work/dockerd.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do docker version >/dev/null 2>&1 && break; sleep 0.2; done
docker version >/dev/null 2>&1 || { cat "$work/dockerd.log"; fail "dockerd did not start"; }

start_dockside
uri=$("$aws" ecr create-repository --repository-name demo/app --query repository.repositoryUri --output text)
[ "$uri" = "$registry/demo/app" ] || fail "repositoryUri is $uri"
"$aws" ecr get-login-password | docker login --username AWS --password-stdin "$registry" >/dev/null

mkdir -p "$work/ctx"
cp /bin/busybox "$work/ctx/busybox"
printf 'FROM scratch\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox","echo","hello from dockside"]\n' >"$work/ctx/Dockerfile"
DOCKER_BUILDKIT=0 docker build -q -t "$uri:v1" "$work/ctx" >/dev/null
docker push "$uri:v1" >/dev/null
pushed=$(docker inspect --format '{{index .RepoDigests 0}}' "$uri:v1")
echo "docker pushed $pushed"

tags=$("$aws" ecr describe-images --repository-name demo/app --query 'imageDetails[0].imageTags[0]' --output text)
[ "$tags" = "v1" ] || fail "DescribeImages shows tag $tags"
digest=$("$aws" ecr describe-images --repository-name demo/app --query 'imageDetails[0].imageDigest' --output text)
[ "$registry/demo/app@$digest" = "$pushed" ] || fail "DescribeImages digest $digest is not the pushed one"
size=$("$aws" ecr describe-images --repository-name demo/app --query 'imageDetails[0].imageSizeInBytes' --output text)
layer=$(docker save "$uri:v1" | tar -tv 2>/dev/null | awk '/layer.tar/ {print $3}' | head -1)
echo "imageSizeInBytes $size (layer tar $layer bytes)"

# Restart Dockside: the image must survive.
kill -TERM "$dockside_pid"; wait "$dockside_pid" || true
start_dockside
pids+=("$dockside_pid")
docker rmi -f "$uri:v1" >/dev/null
docker pull -q "$uri:v1" >/dev/null
out=$(docker run --rm --network none "$uri:v1")
[ "$out" = "hello from dockside" ] || fail "the pulled image printed: $out"

password=$("$aws" ecr get-login-password)
skopeo copy -q --src-tls-verify=false --src-creds "AWS:$password" "docker://$uri:v1" "oci:$work/oci:v1"
skopeo copy -q --dest-tls-verify=false --dest-creds "AWS:$password" "oci:$work/oci:v1" "docker://$uri:from-oci"
skopeo inspect --tls-verify=false --creds "AWS:$password" "docker://$uri:from-oci" >/dev/null
listed=$("$aws" ecr list-images --repository-name demo/app --query 'length(imageIds)' --output text)
[ "$listed" = "2" ] || fail "ListImages shows $listed images, want 2 (v1 and the OCI copy)"
media=$("$aws" ecr batch-get-image --repository-name demo/app --image-ids imageTag=from-oci --query 'images[0].imageManifestMediaType' --output text)
[ "$media" = "application/vnd.oci.image.manifest.v1+json" ] || fail "from-oci is $media"
echo "registry_clients: docker push/pull/run, skopeo both ways, restart: ok"
