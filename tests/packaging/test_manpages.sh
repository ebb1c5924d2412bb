#!/usr/bin/env bash
# The manual pages say what the programs' --help says today: every line of the help of the command line, of each of
# its commands and subcommands, and of the window is in the page; every option the page names is still in the help;
# and every command and option of the page's EXAMPLES exists.
#   test_manpages.sh CLI GUI PAGE_DIR   (PAGE_DIR holds asset-registry-cli.1.gz and asset-registry.1.gz)
set -euo pipefail
cli="$1"
gui="$2"
pages="$3"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE='' QT_QPA_PLATFORM=offscreen
chmod 700 "$scratch"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# A page as plain text on one line: requests and font changes dropped, escapes undone, white space collapsed.
plain() {
    zcat "$1" | sed -e '/^\.\\"/d' -e 's/^\.[A-Za-z]\{1,2\}\( \|$\)//' -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' \
        -e 's/\\e/\\/g' -e 's/\\&//g' | tr '\n' ' ' | tr -s ' '
}
# The lines of a help text, white space collapsed, "Usage: " dropped (the page's SYNOPSIS) and the colon of a heading
# ("Options:", the page's OPTIONS).
lines_of() {
    sed -e 's/^Usage: //' -e 's/^\([A-Z][a-z]*\):$/\1/' -e 's/^ *//' -e 's/ \{1,\}/ /g' | grep -v '^$' || true
}
# The option names a page shows in bold.
options_in() {
    zcat "$1" | sed 's/\\-/-/g' | grep -oE '\\fB-{1,2}[a-z0-9-]+' | sed 's/\\fB//' | sort -u
}
# check_lines PAGE_TEXT WHAT HELP: every line of HELP is in the page (in the shell itself, so that failures count).
check_lines() {
    local page_text="$1" what="$2" line
    while IFS= read -r line; do
        grep -qiF -- "$line" <<<"$page_text" || fail "$what: '$line' is not in the manual page"
    done < <(lines_of <<<"$3")
}

cli_page="$(plain "$pages/asset-registry-cli.1.gz")"
gui_page="$(plain "$pages/asset-registry.1.gz")"

clihelp() { "$cli" --lang en "$@" --help; }
main_help="$(clihelp)"
commands="$(awk '/^Commands:$/ { listing = 1; next } listing && /^$/ { exit } listing { print $1 }' <<<"$main_help")"
[ -n "$commands" ] || fail "no commands in --help"
check_lines "$cli_page" "--help" "$main_help"

all_help="$main_help"
checked=0
for command in $commands; do
    help="$(clihelp "$command")"
    [ "$help" = "$main_help" ] && continue
    check_lines "$cli_page" "$command --help" "$help"
    all_help+=$'\n'"$help"
    checked=$((checked + 1))
    # Subcommands named in the usage ("asset-registry-cli catalog list …").
    for sub in $(grep -oE "asset-registry-cli $command [a-z][a-z-]*" <<<"$help" | awk '{ print $3 }' | sort -u); do
        subhelp="$(clihelp "$command" "$sub")"
        check_lines "$cli_page" "$command $sub --help" "$subhelp"
        all_help+=$'\n'"$subhelp"
        checked=$((checked + 1))
    done
done
echo "compared the help of $checked commands and subcommands with asset-registry-cli(1)"

# Nothing in the page that the help no longer has: every option name the page shows in bold.
for option in $(options_in "$pages/asset-registry-cli.1.gz"); do
    grep -qE -- "(^|[ ,\[])$option([ ,=]|$)" <<<"$all_help" || fail "asset-registry-cli(1) names $option, which --help does not have"
done

# The examples: commands that exist, with options of those commands.
examples="$(zcat "$pages/asset-registry-cli.1.gz" | sed -n '/^\.SH EXAMPLES/,/^\.SH /p' | sed -e 's/\\-/-/g' -e 's/\\e$/\\/' |
    sed -e ':join' -e '/\\$/{N;s/\\\n *//;b join' -e '}' | grep '^asset-registry-cli ' || true)"
[ -n "$examples" ] || fail "asset-registry-cli(1) has no examples"
while IFS= read -r example; do
    read -ra words <<<"$example"
    command=""
    for ((index = 1; index < ${#words[@]}; ++index)); do
        case "${words[index]}" in
        --database | --lang) ((++index)) ;;
        -*) ;;
        *) command="${words[index]}" && break ;;
        esac
    done
    grep -qx -- "$command" <<<"$commands" || { fail "example '$example': no command '$command'"; continue; }
    help="$main_help"$'\n'"$(clihelp "$command")"
    for word in "${words[@]}"; do
        [[ "$word" == --* ]] || continue
        grep -qE -- "(^|[ ,])$word([ ,]|$)" <<<"$help" || fail "example '$example': $command has no option $word"
    done
done <<<"$examples"
echo "checked $(wc -l <<<"$examples") examples"

# The window's page.
gui_help="$("$gui" --help | sed '1s|^Usage: .*asset-registry|Usage: asset-registry|')"
check_lines "$gui_page" "asset-registry --help" "$gui_help"
for option in $(options_in "$pages/asset-registry.1.gz"); do
    grep -qE -- "(^| )$option([ ,]|$)" <<<"$gui_help" || fail "asset-registry(1) names $option, which --help does not have"
done
# The headings of each page, read whole first: grep -q stops reading early, and zcat killed by SIGPIPE would fail the
# pipeline (pipefail) once a page is larger than the pipe's buffer.
gui_headings="$(zcat "$pages/asset-registry.1.gz" | grep '^\.SH ' || true)"
cli_headings="$(zcat "$pages/asset-registry-cli.1.gz" | grep '^\.SH ' || true)"
for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" FILES EXAMPLES "SEE ALSO"; do
    grep -qx "\.SH $section" <<<"$gui_headings" || fail "asset-registry(1) has no $section"
done
for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS "EXIT STATUS" FILES EXAMPLES "SEE ALSO"; do
    grep -qx "\.SH $section" <<<"$cli_headings" || fail "asset-registry-cli(1) has no $section"
done

# The pages are well-formed for man itself, when it is installed.
if command -v groff >/dev/null; then
    for page in asset-registry.1.gz asset-registry-cli.1.gz; do
        warnings="$(zcat "$pages/$page" | groff -k -man -Tutf8 -ww -z 2>&1 || true)"
        [ -z "$warnings" ] || fail "groff warns about $page: $warnings"
    done
fi

[ "$failures" -eq 0 ] || { echo "$failures failures" >&2; exit 1; }
echo "manual pages match --help"
