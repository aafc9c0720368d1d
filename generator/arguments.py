"""argparse in French, for ``python -m generator``: usage, help and every error line.

argparse writes its own words in English (« usage: », « options: », « error: the following arguments are
required », « invalid choice », « unrecognized arguments »…). ``FrenchParser`` says them in French, and each
error line names what is wrong and how to fix it: the missing argument with its help (« par exemple … »), the
command or option meant by a typo, an option of the command line placed after the command (or one of a command
placed before it), an option left empty (« --academy= »), a session year that is not one (« --session 24 »).

Options are looked at first, before argparse parses (``_scan``): argparse sets an unknown option aside and goes on,
so that in « --rot /tmp validate » it took « /tmp » for the command and said « /tmp » is not one, and « -x » alone
got « il manque la commande » without a word on « -x ». The unknown option is what staff mistyped: it is said
first, with the option meant, and the missing command after it.

Its errors are recognised by kind, not translated word for word: argparse's message is matched once, here
(``_REQUIRED``, ``_AMBIGUOUS``…), and anything not recognised is still shown (French frame, argparse's words)
rather than lost. The exit status stays argparse's (2).
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import re
import sys

from .model.values import FIRST_YEAR, LAST_YEAR
from .problems import and_list

HELP = "afficher cette aide"
_REQUIRED = re.compile(r"the following arguments are required: (?P<names>.+)")
_AMBIGUOUS = re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)")
_CHOICE = re.compile(r"invalid choice: (?P<value>.*?) \(choose from")
_ONE_VALUE = re.compile(r"expected (?:one|at least one|at most one) argument")
_EXPLICIT = re.compile(r"ignored explicit argument (?P<value>.+)")
_TYPE = re.compile(r"invalid (?P<type>\w+) value: (?P<value>.+)")


def session_year(text: str) -> int:
    """The type of an argument that is a session's year (``type=session_year``): four digits, FIRST_YEAR to LAST_YEAR.

    Checked here, once, for every command that takes a year: a wrong one is a usage error (status 2), said in one
    line with the value read and the argument written right (``FrenchParser.add_argument`` gives each argument its
    own example: « par exemple --session 2024 »). Whether the academy has that session is the command's to say."""
    return _SessionYear(None)(text)


class _SessionYear:
    """``session_year`` for one argument: its error names the argument as it is written, with its help's example."""

    def __init__(self, action: argparse.Action | None):
        self.action = action
        self.__name__ = "session_year"

    def __call__(self, text: str) -> int:
        value = text.strip()
        if len(value) == 4 and value.isascii() and value.isdigit() and FIRST_YEAR <= int(value) <= LAST_YEAR:
            return int(value)
        option = self.action.option_strings[-1] + " " if self.action is not None and self.action.option_strings else ""
        found = re.search(r"par exemple (\d{4})", (self.action.help or "") if self.action is not None else "")
        example = found[1] if found else str(datetime.date.today().year + 1)
        school = re.fullmatch(r"(\d{4})\s*[-/]\s*(\d{4})", value)
        if value.isascii() and value.isdigit() and len(value) <= 2:  # « 24 »: its two last digits
            fix = f"ici sans doute {option}20{int(value):02d}"
        elif school and int(school[2]) == int(school[1]) + 1 and FIRST_YEAR <= int(school[2]) <= LAST_YEAR:
            # the notice's school year (« 2024-2025 »): its exams are in the second year (staffwalk59 L1)
            fix = f"l'année scolaire {value} est celle de la session {school[2]} : ici sans doute {option}{school[2]}"
        else:
            fix = f"par exemple {option}{example}"
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas une année de session ; écrire l'année de l'examen sur quatre chiffres, "
                                         f"de {FIRST_YEAR} à {LAST_YEAR}, {fix}")


class FrenchFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)

    def start_section(self, heading):
        # argparse writes « heading: »; French typography puts a space before the colon (« options : »)
        super().start_section(f"{heading} " if heading else heading)


class FrenchParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage, help and errors are in French (its sub-commands' parsers too)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", FrenchFormatter)
        add_help = kwargs.pop("add_help", True)
        # exit_on_error=False: an ArgumentError reaches parse_known_args below with its argument's name
        super().__init__(*args, add_help=False, exit_on_error=False, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP)

    def add_argument(self, *args, **kwargs):
        action = super().add_argument(*args, **kwargs)
        if action.type is session_year:  # its message names this argument, with its example
            action.type = _SessionYear(action)
        return action

    # ------------------------------------------------------------ parsing

    def parse_known_args(self, args=None, namespace=None):
        try:
            return super().parse_known_args(args, namespace)
        except argparse.ArgumentError as error:
            self.error(self._argument_error(error))

    def parse_args(self, args=None, namespace=None):
        args = sys.argv[1:] if args is None else list(args)
        self._scan(args)
        namespace, extra = self.parse_known_args(args, namespace)
        if extra:  # said by the command's parser (its usage, its --help), when a command was given
            command = self._chosen(namespace)
            (command or self).error(self._unrecognized(extra, command, namespace))
        return namespace

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : {self._french(message)}\nAide : {self.prog} --help\n")

    # ------------------------------------------------------------ options, before argparse

    def _scan(self, args: list[str]) -> None:
        """Say the options no parser knows (and options left empty) before argparse parses ``args``.

        The words are walked as argparse walks them: options of this parser until the command, then the command's.
        A word after an unknown option is taken as its value (« --rot /tmp »), not as the command. The walk stops
        where argparse has its own word to say first (a command that is not one, an option without its value,
        an ambiguous abbreviation); ``-h`` anywhere leaves the help to argparse.
        """
        parser, command, unknown, empty = self, None, [], []
        after_unknown = False
        i = 0
        while i < len(args):
            item = args[i]
            if item == "--":
                break
            found = parser._option(item)
            if found == "ambiguous":
                break
            if found is None and _looks_like_option(item):
                unknown.append((parser, item))
                after_unknown = True
                i += 1
                continue
            if found is not None:
                action, value = found
                after_unknown = False
                if isinstance(action, argparse._HelpAction):
                    return
                if action.nargs is None:  # one value: after « = » or the next word
                    if value is None:
                        if i + 1 >= len(args) or _looks_like_option(args[i + 1]):
                            break  # argparse: « … attend une valeur »
                        i += 1
                        value = args[i]
                    if not value.strip():
                        empty.append((parser, action, item))
                i += 1
                continue
            commands = parser._commands()
            if command is None and commands is not None:
                if item in commands.choices:
                    command, parser = item, commands.choices[item]
                elif not after_unknown:
                    break  # argparse: « … n'est pas une commande »
            after_unknown = False
            i += 1
        if not unknown and not empty:
            return
        said = [self._unknown_option(item, scope, command) for scope, item in unknown]
        said += [f"{_shown(action, None)} est vide ; {_example(action, item)}" for _, action, item in empty]
        commands = self._commands()
        if commands is not None and command is None:
            said.append(f"il manque aussi la commande : {_either(list(commands.choices))} ({self.prog} --help les décrit)")
        # said by the parser the first mistake is about: the command's (its usage) for its options, before it or after
        scope = unknown[0][0] if unknown else empty[0][0]
        if unknown and scope is self and command is not None and commands.choices[command]._option(unknown[0][1].split("=", 1)[0]) not in (None, "ambiguous"):
            scope = commands.choices[command]
        scope.error(" ; ".join(said))

    def _option(self, item: str):
        """``(action, value after « = » or None)`` when ``item`` is an option of this parser (or a unique
        abbreviation of one, as argparse allows), « ambiguous » when it abbreviates several, else None."""
        known = self._option_string_actions
        if not item or item[0] not in self.prefix_chars:
            return None
        if item in known:
            return known[item], None
        name, equal, value = item.partition("=")
        if equal and name in known:
            return known[name], value
        if len(item) > 2 and item[1] not in self.prefix_chars and item[:2] in known:  # -rVALUE
            return known[item[:2]], item[2:]
        if self.allow_abbrev and item.startswith("--"):
            actions = {id(a): a for option, a in known.items() if option.startswith("--") and option.startswith(name)}
            if len(actions) > 1:
                return "ambiguous"
            if actions:
                return next(iter(actions.values())), (value if equal else None)
        return None

    def _unknown_option(self, item: str, scope: FrenchParser, command: str | None) -> str:
        """One option ``scope`` (this parser or a command's) does not know: where it belongs, or what was meant."""
        option = item.split("=", 1)[0]
        commands = self._commands()
        if scope is not self:  # after the command: one of ours belongs before it
            mine = self._option(option)
            if mine not in (None, "ambiguous"):
                full = next((o for o in mine[0].option_strings if o.startswith("--")), option)  # (« --ro »: --root)
                return f"« {option} » se place avant la commande : {self.prog} {full}{_metavar(mine[0])} {command} …"
            own = [o for a in scope._actions for o in a.option_strings if o.startswith("--")]
            ours = [o for a in self._actions for o in a.option_strings if o.startswith("--") and not isinstance(a, argparse._HelpAction)]
            close = difflib.get_close_matches(option, ours, n=1)
            if close and not difflib.get_close_matches(option, own, n=1):  # (« --rot »: --root, which goes before it)
                action = self._option(close[0])[0]
                return (f"« {option} » n'est pas une option de cette commande ; vouliez-vous dire {close[0]} ? "
                        f"Elle se place avant la commande : {self.prog} {close[0]}{_metavar(action)} {command} …")
            return _not_an_option(item, scope, "de cette commande", "ses options")
        if commands is not None:
            owners = [name for name, sub in commands.choices.items() if sub._option(option) not in (None, "ambiguous")
                      and not isinstance(sub._option(option)[0], argparse._HelpAction)]
            if command in owners:
                action = commands.choices[command]._option(option)[0]
                return f"« {option} » se place après la commande : {self.prog} {command} {option}{_metavar(action)} …"
            if len(owners) == 1:
                action = commands.choices[owners[0]]._option(option)[0]
                return (f"« {option} » est une option de la commande {owners[0]}, à placer après elle : "
                        f"{self.prog} {owners[0]} {option}{_metavar(action)} …")
            if owners:
                return f"« {option} » est une option des commandes {and_list(owners)}, à placer après la commande"
            if command is not None:  # a typo of one of the command's options, before the command
                theirs = [o for a in commands.choices[command]._actions for o in a.option_strings if o.startswith("--")]
                ours = [o for a in self._actions for o in a.option_strings if o.startswith("--")]
                close = difflib.get_close_matches(option, theirs, n=1)
                if close and not difflib.get_close_matches(option, ours, n=1):
                    return (f"« {item} » n'est pas une option ; vouliez-vous dire {close[0]} ? C'est une option de {command}, "
                            f"à placer après elle : {self.prog} {command} {close[0]} …")
        return _not_an_option(item, self, "", "options")

    # ------------------------------------------------------------ the messages

    def _french(self, message: str) -> str:
        """argparse's own messages (those it gives ``error`` directly) in French; ours as they are."""
        if found := _REQUIRED.fullmatch(message):
            return self._missing(found["names"])
        if found := _AMBIGUOUS.fullmatch(message):
            return (f"« {found['option']} » peut désigner {_either(found['matches'].split(', '))} ; "
                    "écrire l'option en entier")
        return message

    def _missing(self, names: str) -> str:
        asked = names.split(", ")
        actions = [a for a in self._actions if a.required and _name(a) in asked]
        if not actions:  # not recognised: argparse's names, as given
            return f"il manque {names}"
        said = []
        for action in actions:
            if isinstance(action, argparse._SubParsersAction):
                said.append(f"la commande : {_either(list(action.choices))} ({self.prog} --help les décrit)")
            else:
                said.append(_with_help(action))
        if len(actions) == 1 and isinstance(actions[0], argparse._SubParsersAction):
            return f"il manque {said[0]}"
        add = "les ajouter" if len(said) > 1 else "l'ajouter"
        if any(" : " in words for words in said):  # a help after « : » (_told): « et » would read as part of it
            return f"il manque {' ; '.join(said)} ; {add} à la commande"
        return f"il manque {and_list(said)} ; {add} à la commande"

    def _argument_error(self, error: argparse.ArgumentError) -> str:
        action = next((a for a in self._actions if _name(a) == error.argument_name), None)
        message = error.message
        if isinstance(action, argparse._SubParsersAction) and (found := _CHOICE.match(message)):
            value = _unquoted(found["value"])
            close = difflib.get_close_matches(value, list(action.choices), n=1)
            meant = f" ; vouliez-vous dire {close[0]} ?" if close else ""
            return f"« {value} » n'est pas une commande{meant} (commandes : {_either(list(action.choices))})"
        shown = _shown(action, error.argument_name)
        told = _told(action.help) if action is not None else ""
        if found := _CHOICE.match(message):
            choices = f" ({_either([str(c) for c in action.choices])})" if action is not None and action.choices else ""
            return f"{shown} : « {_unquoted(found['value'])} » n'est pas une valeur possible{choices}"
        if _ONE_VALUE.fullmatch(message):
            return f"{shown} attend une valeur{told}"
        if found := _EXPLICIT.fullmatch(message):
            return f"{shown} ne prend pas de valeur : écrire {shown} seul, sans « ={_unquoted(found['value'])} »"
        if found := _TYPE.fullmatch(message):
            return f"{shown} : « {_unquoted(found['value'])} » n'est pas une valeur possible{told}"
        return f"{shown} : {message}"  # our own words (ArgumentTypeError: « … n'est pas une année »)

    def _unrecognized(self, extra: list[str], command: FrenchParser | None, namespace) -> str:
        """Arguments no parser took (options were said by ``_scan``): a value too many, or one argparse kept aside."""
        where = command or self
        said = []
        # the values too many said once, together (staffwalk59 L2: « new-academy académie de lyon » gave the same
        # advice for « de » and for « lyon »), where the first of them was
        words = [item for item in extra if not _looks_like_option(item)]
        for item in extra:
            if _looks_like_option(item):  # argparse kept it aside where _scan did not: said as _scan would
                said.append(self._unknown_option(item, where, _command_name(command, self) if command else None))
                continue
            if item is not words[0]:
                continue
            quoted = and_list([f"« {word} »" for word in words])
            them = "les retirer" if len(words) > 1 else "le retirer"
            expected = [a for a in where._actions if not a.option_strings and not isinstance(a, argparse._SubParsersAction)]
            if not expected:
                said.append(f"{quoted} en trop : cette commande n'attend pas de valeur ; {them}")
                continue
            given = [f"« {getattr(namespace, a.dest)} »" for a in expected if getattr(namespace, a.dest, None) not in (None, [])]
            here = f" (ici {and_list(given)})" if given else ""
            # the command's own reading of the words as one value with spaces (new-academy: « académie de lyon » is
            # no identifier, the table's nearest are « lyon »; staffwalk59 L2), else the general advice
            hint = getattr(namespace, "words_hint", None)
            told = _list_cut(where, namespace, words) or (hint(namespace, words) if hint is not None else None)
            said.append(f"{quoted} en trop : cette commande attend seulement {and_list([_shown(a, None) for a in expected])}{here} ; "
                        + (told or f"{them} et lancer la commande une fois pour chaque valeur, ou mettre entre guillemets une "
                                   "valeur qui contient une espace"))
        return " ; ".join(said)

    def _commands(self) -> argparse._SubParsersAction | None:
        return next((a for a in self._actions if isinstance(a, argparse._SubParsersAction)), None)

    def _chosen(self, namespace) -> FrenchParser | None:
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                name = getattr(namespace, action.dest, None) if action.dest is not argparse.SUPPRESS else None
                return action.choices.get(name) if name else None
        return None


def _name(action: argparse.Action) -> str:
    """The name argparse gives an argument in its messages."""
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, argparse.SUPPRESS):
        return action.metavar
    return action.dest


def _shown(action: argparse.Action | None, name: str | None) -> str:
    if action is None:
        return name or "argument"
    return action.option_strings[-1] if action.option_strings else str(action.metavar or action.dest)


def _with_help(action: argparse.Action) -> str:
    shown = _shown(action, None)
    if action.option_strings:
        shown += _metavar(action)
    return shown + _told(action.help)


def _told(help: str | None) -> str:
    """An argument's help after what a message says of it: in brackets, or after « : » when it has brackets of its
    own (« --root attend une valeur : racine du projet (par défaut : celle du dépôt) », not brackets in brackets)."""
    if not help or help is argparse.SUPPRESS:
        return ""
    return f" : {help}" if "(" in help or ")" in help else f" ({help})"


def _metavar(action: argparse.Action) -> str:
    """`` VALEUR`` after an option that takes one, as the usage writes it; nothing after a flag."""
    if action.nargs == 0:
        return ""
    metavar = action.metavar or action.dest.upper()
    return f" {metavar if isinstance(metavar, str) else ' '.join(metavar)}"


def _example(action: argparse.Action, item: str) -> str:
    """How to give an option left empty its value (the value is its help's example when it gives one)."""
    option = _shown(action, None)
    example = re.search(r"par exemple (\S+)", action.help or "")
    value = example[1].rstrip(",.;") if example else (action.metavar or action.dest.upper())
    written = f"{option}={value}" if "=" in item else f"{option} {value}"
    said = f"écrire sa valeur, par exemple {written}" if example else f"écrire {written}{_told(action.help)}"
    return said if action.required else f"{said} ; ou retirer {option}"


def _looks_like_option(item: str) -> bool:
    """A word argparse reads as an option (not « - », a negative number, nor a value with a space)."""
    return (len(item) > 1 and item[0] == "-" and not re.fullmatch(r"-\d+(\.\d+)?|-\.\d+", item)
            and " " not in item)


def _not_an_option(item: str, parser: argparse.ArgumentParser, of: str, listed: str) -> str:
    option = item.split("=", 1)[0]
    options = [o for a in parser._actions for o in a.option_strings if o.startswith("--")]
    close = difflib.get_close_matches(option, options, n=1)
    meant = f" ; vouliez-vous dire {close[0]} ?" if close else ""
    of = f" {of}" if of else ""
    return f"« {item} » n'est pas une option{of}{meant} ({listed} : {', '.join(options)})"


def _command_name(command: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> str:
    return command.prog.removeprefix(parent.prog).strip()


def _unquoted(value: str) -> str:
    """A value as argparse quotes it (``'x'``), as typed."""
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"" else value


def _either(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " ou " + items[-1]


def _list_cut(parser: argparse.ArgumentParser, namespace, words: list[str]) -> str | None:
    """An option's comma list cut by a space (« --departments 59, 62 »: its value « 59, », then « 62 » a value too
    many): the list to write, without the space (staff76: the general advice, « le retirer et lancer la commande une fois
    pour chaque valeur », told to drop 62 and run the command again with it alone)."""
    for action in parser._actions:
        value = getattr(namespace, action.dest, None) if action.option_strings else None
        if isinstance(value, str) and value and (value.endswith(",") or words[0].startswith(",")):
            option = max(action.option_strings, key=len)
            return (f"une espace coupe la liste de {option} (« {value} {' '.join(words)} ») ; l'écrire sans espace : "
                    f"{option} {value}{''.join(words)}")
    return None
