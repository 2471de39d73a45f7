#!/usr/bin/env bash
# Runs the nginx example of docs/deploy.en.md against a built add-in folder, without root and without
# touching /etc/nginx: the ```nginx block is taken from the doc as written, only the ports (80/443 →
# 8080/8443), the web root and the certificate paths are changed to a scratch folder, and a self-signed
# certificate for plan.example.com is made with openssl. Then curl fetches the manifest and the pages as
# if DNS pointed plan.example.com at this machine, and checks status, type and cache headers.
#
# Usage: bash scripts/check-nginx-example.sh [DIST]      (default: dist; build it first with
#        ADDIN_URL=https://plan.example.com/addin/ npm run build)
# Needs: nginx, openssl, curl. Exit 0 when every check passes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$(cd "${1:-$here/dist}" && pwd)"
doc="$here/docs/deploy.en.md"
host=plan.example.com

for tool in nginx openssl curl; do
  command -v "$tool" >/dev/null || { echo "check-nginx-example: $tool is not installed" >&2; exit 2; }
done
[ -f "$dist/manifest.xml" ] || { echo "check-nginx-example: $dist/manifest.xml not found (build first)" >&2; exit 2; }

W="$(mktemp -d)"
cleanup() {
  if [ -f "$W/logs/nginx.pid" ]; then nginx -p "$W" -c "$W/nginx.conf" -e "$W/logs/error.log" -s stop 2>/dev/null || true; fi
  rm -rf "$W"
}
trap cleanup EXIT
mkdir -p "$W/www/addin" "$W/ssl" "$W/logs" "$W/tmp"
cp -r "$dist/." "$W/www/addin/"
chmod -R a+rX "$W"   # nginx workers run as an unprivileged user when started as root

openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$host" \
  -addext "subjectAltName=DNS:$host" -keyout "$W/ssl/privkey.pem" -out "$W/ssl/fullchain.pem" 2>/dev/null

# The server blocks exactly as in the doc, with the local ports and paths.
awk '/^```nginx$/{on=1; next} /^```$/{on=0} on' "$doc" |
  sed -e "s#listen 80;#listen 8080;#; s#listen \[::\]:80;#listen [::]:8080;#" \
      -e "s#listen 443 ssl http2;#listen 8443 ssl http2;#; s#listen \[::\]:443 ssl http2;#listen [::]:8443 ssl http2;#" \
      -e "s#root /var/www/plan;#root $W/www;#" \
      -e "s#/etc/ssl/$host/#$W/ssl/#g" > "$W/site.conf"
grep -q "listen 8443 ssl" "$W/site.conf" || { echo "check-nginx-example: no nginx server block found in $doc" >&2; exit 1; }
if [ ! -e /proc/net/if_inet6 ]; then sed -i '/listen \[::\]/d' "$W/site.conf"; fi

cat > "$W/nginx.conf" <<EOF
worker_processes 1;
pid $W/logs/nginx.pid;
error_log $W/logs/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $W/logs/access.log;
    client_body_temp_path $W/tmp/body;
    proxy_temp_path $W/tmp/proxy;
    fastcgi_temp_path $W/tmp/fastcgi;
    uwsgi_temp_path $W/tmp/uwsgi;
    scgi_temp_path $W/tmp/scgi;
    include $W/site.conf;
}
EOF

nginx -p "$W" -c "$W/nginx.conf" -e "$W/logs/error.log" -t
nginx -p "$W" -c "$W/nginx.conf" -e "$W/logs/error.log"

fetch() { curl --resolve "$host:8443:127.0.0.1" --resolve "$host:8080:127.0.0.1" --cacert "$W/ssl/fullchain.pem" -sS "$@"; }
fail=0
expect() { # expect WHAT HEADERS PATTERN
  if printf '%s' "$2" | grep -qiE "$3"; then echo "ok   $1: $(printf '%s' "$2" | grep -iE "$3" | head -1 | tr -d '\r')"
  else echo "FAIL $1: no /$3/ in:"; printf '%s\n' "$2" | sed 's/^/       /'; fail=1; fi
}

base="https://$host:8443/addin"
h="$(fetch -I "$base/manifest.xml")"
expect "manifest.xml status" "$h" '^HTTP/2 200'
expect "manifest.xml type" "$h" '^content-type: text/xml; charset=utf-8'
expect "manifest.xml cache" "$h" '^cache-control: no-cache'
body="$(fetch "$base/manifest.xml")"
expect "manifest.xml body" "$body" "<SourceLocation DefaultValue=\"https://$host/addin/taskpane.html\""
h="$(fetch -I "$base/taskpane.html")"
expect "taskpane.html status" "$h" '^HTTP/2 200'
expect "taskpane.html type" "$h" '^content-type: text/html; charset=utf-8'
expect "taskpane.html cache" "$h" '^cache-control: no-cache'
expect "taskpane.html body" "$(fetch "$base/taskpane.html" | head -c 3000)" 'fallback\.html'
expect "fallback.html body" "$(fetch "$base/fallback.html")" 'Supported Office versions'
bundle="$(cd "$W/www/addin" && ls taskpane.*.js | grep -E '^taskpane\.[0-9a-f]{8}\.js$' | head -1)"
h="$(fetch -I "$base/$bundle")"
expect "$bundle status" "$h" '^HTTP/2 200'
expect "$bundle type" "$h" '^content-type: application/javascript'
expect "$bundle cache" "$h" '^cache-control: public, max-age=31536000, immutable'
expect "no X-Frame-Options" "$(fetch -I "$base/taskpane.html" | grep -ci '^x-frame-options' || true)" '^0$'
expect "missing file" "$(fetch -I "$base/nope.html")" '^HTTP/2 404'
expect "http → https" "$(fetch -I "http://$host:8080/addin/manifest.xml")" "^location: https://$host/addin/manifest.xml"

nginx -v 2>&1
[ "$fail" -eq 0 ] && echo "all nginx checks passed" || { echo "some nginx checks FAILED"; exit 1; }
