#!/bin/sh
# Runs at container start (nginx image entrypoint): writes the app's
# /config.json and the Content-Security-Policy from the environment.
#   WORKBENCH_GRAPHQL_URL      the gateway's public /graphql URL (required)
#   WORKBENCH_OIDC_ISSUER      the OpenID Connect issuer (required)
#   WORKBENCH_OIDC_CLIENT_ID   the workbench's client id at the issuer: a public client, PKCE (required)
#   WORKBENCH_OIDC_SCOPE       default "openid profile email"
#   WORKBENCH_OIDC_AUDIENCE    for issuers that mint access tokens per API (Auth0)
set -eu
: "${WORKBENCH_GRAPHQL_URL:?set WORKBENCH_GRAPHQL_URL to the gateway's /graphql URL}"
: "${WORKBENCH_OIDC_ISSUER:?set WORKBENCH_OIDC_ISSUER to the OpenID Connect issuer URL}"
: "${WORKBENCH_OIDC_CLIENT_ID:?set WORKBENCH_OIDC_CLIENT_ID to the workbench client id}"

json() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
origin() { printf '%s' "$1" | sed -E 's#^(https?://[^/]+).*#\1#'; }

optional=""
[ -n "${WORKBENCH_OIDC_SCOPE:-}" ] && optional="$optional, \"scope\": \"$(json "$WORKBENCH_OIDC_SCOPE")\""
[ -n "${WORKBENCH_OIDC_AUDIENCE:-}" ] && optional="$optional, \"audience\": \"$(json "$WORKBENCH_OIDC_AUDIENCE")\""
cat >/usr/share/nginx/html/config.json <<JSON
{"graphqlUrl": "$(json "$WORKBENCH_GRAPHQL_URL")", "signIn": {"kind": "oidc", "issuer": "$(json "$WORKBENCH_OIDC_ISSUER")", "clientId": "$(json "$WORKBENCH_OIDC_CLIENT_ID")"$optional}}
JSON

# Scripts may talk to the gateway and the issuer only (discovery and token endpoint on the issuer's origin).
connect="'self' $(origin "$WORKBENCH_GRAPHQL_URL") $(origin "$WORKBENCH_OIDC_ISSUER") ${WORKBENCH_CSP_CONNECT_EXTRA:-}"
cat >/etc/nginx/workbench-csp.conf <<CONF
add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src $connect; frame-ancestors 'none'; base-uri 'self'; form-action 'self'" always;
CONF
