#!/usr/bin/env bash
# Calls the sandbox the way any HTTP client could: signs a TOP request with the openssl
# command line (an implementation independent of mc::protocol) and sends it with curl.
#   curl_signed_call.sh URL APP_KEY APP_SECRET SESSION METHOD [SIGN_METHOD] [KEY=VALUE ...]
# SIGN_METHOD is hmac-sha256 (default), hmac or md5. The timestamp is this machine's clock
# in GMT+8; set TOP_TIMESTAMP to override it.
set -euo pipefail
url=$1 app_key=$2 secret=$3 session=$4 method=$5
sign_method=${6:-hmac-sha256}
shift $(( $# >= 6 ? 6 : 5 ))
timestamp=${TOP_TIMESTAMP:-$(date -u -d "@$(( $(date +%s) + 8 * 3600 ))" '+%Y-%m-%d %H:%M:%S')}

declare -A params=([method]="$method" [app_key]="$app_key" [session]="$session" [timestamp]="$timestamp"
                   [format]=json [v]=2.0 [sign_method]="$sign_method" [nonce]="$(openssl rand -hex 12)")
for pair in "$@"; do params[${pair%%=*}]=${pair#*=}; done

# TOP signing: every parameter but sign, empty values dropped, keys in byte order, key+value
# concatenated; md5 wraps the string in the secret, hmac/hmac-sha256 key it; upper-case hex.
signing=""
while IFS= read -r key; do
  [[ -n "${params[$key]}" ]] && signing+="$key${params[$key]}"
done < <(printf '%s\n' "${!params[@]}" | LC_ALL=C sort)
case "$sign_method" in
  md5) digest=$(printf '%s' "$secret$signing$secret" | openssl dgst -md5 -r) ;;
  hmac) digest=$(printf '%s' "$signing" | openssl dgst -md5 -hmac "$secret" -r) ;;
  hmac-sha256) digest=$(printf '%s' "$signing" | openssl dgst -sha256 -hmac "$secret" -r) ;;
  *) echo "unknown sign method $sign_method" >&2; exit 2 ;;
esac
sign=$(printf '%s' "${digest%% *}" | tr 'a-f' 'A-F')

args=()
for key in "${!params[@]}"; do args+=(--data-urlencode "$key=${params[$key]}"); done
exec curl --silent --show-error --max-time 20 -H 'Expect:' \
  -H 'Content-Type: application/x-www-form-urlencoded;charset=UTF-8' "${args[@]}" --data-urlencode "sign=$sign" "$url"
