#!/usr/bin/env bash
# Writes the manual pages of both executables and the bash completion of the command line from the built programs'
# own --help, so that none of them can drift from the help (the tests in tests/packaging check this):
#   help-pages.sh CLI GUI PAGE_DIR OUTPUT_DIR
# CLI and GUI are the built executables; PAGE_DIR holds the written parts of each page (NAME, EXIT STATUS, FILES,
# EXAMPLES …) as NAME.1.in with the line @HELP@ where the sections made from the help go, and @VERSION@.
# Writes OUTPUT_DIR/asset-registry-cli.1, OUTPUT_DIR/asset-registry.1 and OUTPUT_DIR/asset-registry-cli.bash.
set -euo pipefail
cli="$1"
gui="$2"
pages="$3"
out="$4"
mkdir -p "$out"

# The help in English, whatever the language of the machine or of the user's saved settings.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_RUNTIME_DIR="$scratch/runtime" LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE='' QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

clihelp() { "$cli" --lang en "$@" --help; }

version="$("$cli" --version)"
version="${version%%$'\n'*}"
version="${version##* }"

# The help as roff. The first argument says what the text is: "page" (the whole help of a program: usage, a
# description, then sections) or "command" (the help of one command, inside its own .SS).
# Two-column lines ("  --option VALUE  What it does") become tagged paragraphs; the option names bold, their values
# italic. "Heading:" lines open a list; other lines are paragraphs.
to_roff() {
    awk -v mode="$1" '
    function esc(text) {
        gsub(/\\/, "\\e", text)
        gsub(/-/, "\\-", text)
        if (text ~ /^[.\x27]/)
            text = "\\&" text
        return text
    }
    function term(text,    words, count, index_, word, result) {
        count = split(text, words, " ")
        result = ""
        for (index_ = 1; index_ <= count; ++index_) {
            word = words[index_]
            if (word ~ /^-/)
                word = "\\fB" esc(word) "\\fR"
            else
                word = "\\fI" esc(word) "\\fR"
            result = result (index_ > 1 ? " " : "") word
        }
        return result
    }
    /^Usage: / {
        usage = 1
        line = substr($0, 8)
        print (mode == "page" ? ".SH SYNOPSIS" : ".PP")
        print ".nf"
        print esc(line)
        next
    }
    usage && /^       [^ ]/ {
        sub(/^ +/, "")
        print esc($0)
        next
    }
    usage {
        usage = 0
        print ".fi"
        if (mode == "page")
            print ".SH DESCRIPTION"
    }
    /^$/ { next }
    /^[^ ].*:$/ {
        heading = $0
        if (mode == "page") {
            title = toupper(substr(heading, 1, length(heading) - 1))
            print ".SH " title
        } else {
            print ".PP"
            print "\\fI" esc(heading) "\\fR"
        }
        next
    }
    /^  +[^ ]/ {
        line = $0
        sub(/^ +/, "", line)
        split_at = index(line, "  ")
        if (split_at > 0) {
            name = substr(line, 1, split_at - 1)
            description = substr(line, split_at)
            sub(/^ +/, "", description)
            print ".TP"
            print term(name)
            print esc(description)
            next
        }
        print ".PP"
        print esc(line)
        next
    }
    {
        print ".PP"
        print esc($0)
    }
    END {
        if (usage)
            print ".fi"
    }'
}

# The page of the command line: the main help, then one subsection per command with the command's own help (and
# that of each subcommand a command names in its usage, e.g. catalog list, catalog import).
commands="$(clihelp | awk '/^Commands:$/ { listing = 1; next } listing && /^  +[^ ]/ { print $1 } listing && /^$/ { listing = 0 }')"
main_help="$(clihelp)"
program="$(basename "$cli")"

subcommands_of() {
    # Words right after "PROGRAM COMMAND" in the usage lines that are names (lower case), not values or options.
    awk -v command="$1" '
        /^Usage: / || /^       [^ ]/ {
            count = split($0, words, " ")
            for (i = 1; i < count; ++i)
                if (words[i] == command && words[i + 1] ~ /^[a-z][a-z-]*$/ && words[i + 1] != "options")
                    print words[i + 1]
        }' | awk '!seen[$0]++'
}

{
    echo "$main_help" | awk '/^Commands:$/ { exit } { print }' | to_roff page
    echo ".SH COMMANDS"
    for command in $commands; do
        summary="$(echo "$main_help" | awk -v command="$command" '/^Commands:$/ { listing = 1; next } listing && $1 == command { sub(/^ +[^ ]+ +/, ""); print; exit }')"
        echo ".SS $command"
        echo ".PP"
        printf '%s\n' "$summary" | to_roff command | sed -n '2,$p'
        help="$(clihelp "$command")"
        if [ "$help" = "$main_help" ]; then
            continue # "help" prints the main help, already above
        fi
        printf '%s\n' "$help" | to_roff command
        for sub in $(printf '%s\n' "$help" | subcommands_of "$command"); do
            echo ".PP"
            echo "\\fB$command $sub\\fR"
            clihelp "$command" "$sub" | to_roff command
        done
    done
    # The closing line of the main help ("Run … COMMAND --help …").
    echo "$main_help" | awk 'found { print } /^Commands:$/ { listing = 1 } listing && /^$/ { found = 1 }' | to_roff command
} >"$scratch/cli.roff"

# The page of the window: its help as the QCommandLineParser of the program prints it.
"$gui" --help | sed "1s|^Usage: .*asset-registry|Usage: asset-registry|" | to_roff page >"$scratch/gui.roff"

fill() {
    local template="$1" generated="$2" target="$3"
    awk -v generated="$generated" -v version="$version" '
        /^@HELP@$/ { while ((getline line < generated) > 0) print line; next }
        { gsub(/@VERSION@/, version); print }' "$template" >"$target.tmp"
    mv "$target.tmp" "$target"
}
fill "$pages/asset-registry-cli.1.in" "$scratch/cli.roff" "$out/asset-registry-cli.1"
fill "$pages/asset-registry.1.in" "$scratch/gui.roff" "$out/asset-registry.1"

# Bash completion: the commands, the global options, each command's options (and subcommands), and values where the
# help lists them (a|b|c) or names a FILE.
options_of() {
    # Every option name of the Options: section of a help text, e.g. --asset-type and --type from
    # "--asset-type, --type CODE".
    awk '/^Options:$/ { listing = 1; next } listing && /^$/ { listing = 0 }
         listing && /^  +-/ { line = $0; sub(/^ +/, "", line); split_at = index(line, "  "); name = substr(line, 1, split_at - 1)
                             count = split(name, words, /[ ,]+/); for (i = 1; i <= count; ++i) if (words[i] ~ /^-/) print words[i] }'
}
values_of() {
    # "option<TAB>choices" for options whose value is a list (a|b|c, without an ellipsis), "option<TAB>@file" for FILE
    # values and "option<TAB>@any" for any other value (nothing to offer).
    # A list with a placeholder in it (CODE|any, DATE|none) is not a list of the values.
    awk 'function placeholder(value,    parts, count, i) {
             count = split(value, parts, "|")
             for (i = 1; i <= count; ++i)
                 if (parts[i] ~ /^[A-Z_]+$/ || parts[i] ~ /…/)
                     return 1
             return 0
         }
         /^Options:$/ { listing = 1; next } listing && /^$/ { listing = 0 }
         listing && /^  +-/ { line = $0; sub(/^ +/, "", line); split_at = index(line, "  "); name = substr(line, 1, split_at - 1)
                             count = split(name, words, /[ ,]+/); value = words[count]
                             if (value ~ /^-/) next
                             if (value ~ /FILE/) choices = "@file"
                             else if (value ~ /\|/ && !placeholder(value)) { choices = value; gsub(/\|/, " ", choices) }
                             else choices = "@any"
                             for (i = 1; i < count; ++i) if (words[i] ~ /^-/) print words[i] "\t" choices }'
}

{
    cat <<EOF
# bash completion for $program, generated from its --help by cmake/help-pages.sh ($program $version).

_asset_registry_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        cur="\${COMP_WORDS[COMP_CWORD]}"
        prev="\${COMP_WORDS[COMP_CWORD - 1]}"
        words=("\${COMP_WORDS[@]}")
        cword=\$COMP_CWORD
    fi

    # The command (and subcommand) given so far; the words before it are global options.
    local command="" sub="" index
    for ((index = 1; index < cword; ++index)); do
        case "\${words[index]}" in
        --database | --lang) ((++index)) ;;
        -*) ;;
        *)
            if [ -z "\$command" ]; then
                command="\${words[index]}"
            elif [ -z "\$sub" ]; then
                sub="\${words[index]}"
                break
            fi
            ;;
        esac
    done

    local options="" subcommands="" values=""
    case "\$command" in
EOF
    echo '    "")'
    echo "        options=\"$(printf '%s\n' "$main_help" | options_of | xargs)\""
    echo "        subcommands=\"$(echo $commands)\""
    echo '        case "$prev" in'
    printf '%s\n' "$main_help" | values_of | while IFS=$'\t' read -r option choices; do
        echo "        $option) values=\"$choices\" ;;"
    done
    echo '        esac'
    echo '        ;;'
    for command in $commands; do
        help="$(clihelp "$command")"
        [ "$help" = "$main_help" ] && help="" # help: takes a command name
        subs="$(printf '%s\n' "$help" | subcommands_of "$command" | xargs)"
        echo "    $command)"
        if [ "$command" = help ]; then
            echo "        [ -z \"\$sub\" ] && subcommands=\"$(echo $commands)\""
        fi
        if [ -n "$subs" ]; then
            echo '        case "$sub" in'
            echo "        \"\") subcommands=\"$subs\" ;;"
            for sub in $subs; do
                subhelp="$(clihelp "$command" "$sub")"
                echo "        $sub)"
                echo "            options=\"$(printf '%s\n' "$subhelp" | options_of | xargs)\""
                echo '            case "$prev" in'
                printf '%s\n' "$subhelp" | values_of | while IFS=$'\t' read -r option choices; do
                    echo "            $option) values=\"$choices\" ;;"
                done
                echo '            esac'
                echo '            ;;'
            done
            echo '        esac'
        elif [ -n "$help" ]; then
            echo "        options=\"$(printf '%s\n' "$help" | options_of | xargs)\""
            echo '        case "$prev" in'
            printf '%s\n' "$help" | values_of | while IFS=$'\t' read -r option choices; do
                echo "        $option) values=\"$choices\" ;;"
            done
            echo '        esac'
        fi
        echo '        ;;'
    done
    cat <<'EOF'
    esac

    if [ "$values" = "@file" ]; then
        if declare -F _filedir >/dev/null; then
            _filedir
        else
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        fi
        return
    fi
    if [ "$values" = "@any" ]; then
        return
    fi
    if [ -n "$values" ]; then
        mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
        return
    fi
    if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    elif [ -n "$subcommands" ]; then
        mapfile -t COMPREPLY < <(compgen -W "$subcommands" -- "$cur")
    elif declare -F _filedir >/dev/null; then
        _filedir
    fi
}
complete -F _asset_registry_cli asset-registry-cli
EOF
} >"$out/asset-registry-cli.bash.tmp"
mv "$out/asset-registry-cli.bash.tmp" "$out/asset-registry-cli.bash"
