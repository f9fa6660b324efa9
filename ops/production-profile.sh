#!/bin/sh
# Applies the production profile (ops/production-profile.asadmin) to a running Payara Server domain of this
# machine: an admin password, administration over TLS from this machine only, no /metrics, no public /openapi,
# no version banners. Restart the domain afterwards. Running it again on a profiled domain changes nothing.
#
#   PAYARA_HOME=/opt/payara6 ADMIN_PASSWORD_FILE=/root/payara-admin-password ops/production-profile.sh [domain]
#
# PAYARA_HOME       the Payara Server installation (the folder holding bin/asadmin)
# ADMIN_PASSWORD_FILE  a file holding only the admin password to set (or already set), readable by you alone
# ADMIN_PORT        the domain's admin port, 4848 unless given
# domain            the domain's name, domain1 unless given (its folder gets an empty document root)
set -eu

: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server installation}"
: "${ADMIN_PASSWORD_FILE:?set ADMIN_PASSWORD_FILE to a file holding the admin password}"
ADMIN_PORT=${ADMIN_PORT:-4848}
DOMAIN=${1:-domain1}
PROFILE=$(dirname "$0")/production-profile.asadmin
DOMAIN_DIR=$PAYARA_HOME/glassfish/domains/$DOMAIN
ASADMIN=$PAYARA_HOME/bin/asadmin

[ -d "$DOMAIN_DIR" ] || { echo "no domain $DOMAIN in $PAYARA_HOME/glassfish/domains" >&2; exit 1; }
PASSWORD=$(head -n 1 "$ADMIN_PASSWORD_FILE")
[ ${#PASSWORD} -ge 12 ] || { echo "the admin password must have 12 characters or more" >&2; exit 1; }

umask 077
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf 'AS_ADMIN_PASSWORD=%s\n' "$PASSWORD" > "$WORK/password"

asadmin() {
    "$ASADMIN" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$WORK/password" "$@"
}

# A new domain lets "admin" in without a password: give it one, unless it has this one already.
if ! asadmin uptime > /dev/null 2>&1; then
    printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$PASSWORD" > "$WORK/change"
    "$ASADMIN" --interactive=false --port "$ADMIN_PORT" --user admin --passwordfile "$WORK/change" \
        change-admin-password
fi

# The server's own start page names Payara: serve an empty document root instead.
mkdir -p "$DOMAIN_DIR/empty-docroot"

# asadmin's multimode goes on after a failed command and still exits 0: read its output instead.
asadmin multimode --file "$PROFILE" > "$WORK/output" 2>&1 || true
cat "$WORK/output"
if grep -q '^Command .* failed' "$WORK/output"; then
    echo "the production profile was not applied completely" >&2
    exit 1
fi
echo "Production profile applied. Restart the domain: $ASADMIN stop-domain $DOMAIN && $ASADMIN start-domain $DOMAIN"
