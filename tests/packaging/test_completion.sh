#!/usr/bin/env bash
# The bash completion of asset-registry-cli offers what --help lists today: the commands, the global options, each
# command's (and subcommand's) options, the values of options that list them, and file names for FILE values. Run
# with bash-completion's helpers when they are installed, and without them.
#   test_completion.sh CLI COMPLETION_FILE
set -euo pipefail
cli="$1"
completion="$2"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=''
chmod 700 "$scratch"
clihelp() { "$cli" --lang en "$@" --help; }

# What --help says, read here on its own terms: the command names, and the option names of a help text.
main_help="$(clihelp)"
commands="$(awk '/^Commands:$/ { listing = 1; next } listing && /^$/ { exit } listing { print $1 }' <<<"$main_help" | sort | xargs)"
options_of() {
    grep -E '^  +-' | sed -E 's/^ +//; s/  .*//' | grep -oE -- '(^|[ ,])-{1,2}[a-z0-9-]+' | sed -E 's/^[ ,]+//' | sort -u | xargs
}

run_checks() {
    local failures=0
    # complete LINE: what the completion offers for LINE (the last word is the one being completed).
    complete() {
        local line="$1"
        read -ra COMP_WORDS <<<"$line"
        [[ "$line" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE="$line"
        COMP_POINT=${#line}
        COMPREPLY=()
        _asset_registry_cli asset-registry-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf '%s\n' "${COMPREPLY[@]}" | grep -v '^$' | sort -u | xargs
    }
    expect() {
        local line="$1" wanted="$2" got
        got="$(complete "$line")"
        if [ "$got" != "$wanted" ]; then
            echo "FAIL ($mode): '$line' offers '$got', --help says '$wanted'" >&2
            failures=$((failures + 1))
        fi
    }

    expect "asset-registry-cli " "$commands"
    expect "asset-registry-cli -" "$(options_of <<<"$main_help")"
    expect "asset-registry-cli --lang " "en ja"
    expect "asset-registry-cli --lang ja --database x.sqlite " "$commands"
    expect "asset-registry-cli help " "$commands"
    local command sub help checked=0
    for command in $commands; do
        [ "$command" = help ] && continue
        help="$(clihelp "$command")"
        subs="$(grep -oE "asset-registry-cli $command [a-z][a-z-]*" <<<"$help" | awk '{ print $3 }' | sort -u | xargs)"
        if [ -n "$subs" ]; then
            expect "asset-registry-cli $command " "$subs"
            for sub in $subs; do
                expect "asset-registry-cli $command $sub -" "$(clihelp "$command" "$sub" | options_of)"
                checked=$((checked + 1))
            done
        else
            expect "asset-registry-cli $command -" "$(options_of <<<"$help")"
            expect "asset-registry-cli --database r.sqlite $command --help -" "$(options_of <<<"$help")"
            checked=$((checked + 1))
        fi
    done
    expect "asset-registry-cli ledger --paper " "A3 A4"
    expect "asset-registry-cli list --format " "csv json tsv"
    expect "asset-registry-cli list --format j" "json"
    expect "asset-registry-cli catalog list --format " "csv json tsv"
    expect "asset-registry-cli add --name " ""
    # FILE values complete to file names.
    mkdir -p "$scratch/files" && touch "$scratch/files/registry.sqlite" "$scratch/files/ledger.xlsx"
    (cd "$scratch/files" && expect "asset-registry-cli --database reg" "registry.sqlite" && [ "$failures" -eq 0 ]) ||
        failures=$((failures + 1))
    (cd "$scratch/files" && expect "asset-registry-cli ledger --pdf led" "ledger.xlsx" && [ "$failures" -eq 0 ]) ||
        failures=$((failures + 1))
    echo "$mode: the options of $checked commands and subcommands, the commands, values and files"
    return "$failures"
}

status=0
mode="without bash-completion"
(
    # shellcheck source=/dev/null
    source "$completion"
    run_checks
) || status=1
if [ -f /usr/share/bash-completion/bash_completion ]; then
    mode="with bash-completion"
    (
        # shellcheck source=/dev/null
        source /usr/share/bash-completion/bash_completion
        # shellcheck source=/dev/null
        source "$completion"
        run_checks
    ) || status=1
fi
[ "$status" -eq 0 ] && echo "the completion matches --help"
exit "$status"
