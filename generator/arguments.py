"""argparse in French, for ``python -m generator``: usage, help and every error line.

argparse writes its own words in English (« usage: », « options: », « error: the following arguments are
required », « invalid choice », « unrecognized arguments »…). ``FrenchParser`` says them in French, and each
error line names what is wrong and how to fix it: the missing argument with its help (« par exemple … »), the
command or option meant by a typo, an option of the command line placed after the command.

Its errors are recognised by kind, not translated word for word: argparse's message is matched once, here
(``_REQUIRED``, ``_AMBIGUOUS``…), and anything not recognised is still shown (French frame, argparse's words)
rather than lost. The exit status stays argparse's (2).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys

HELP = "afficher cette aide"
_REQUIRED = re.compile(r"the following arguments are required: (?P<names>.+)")
_AMBIGUOUS = re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)")
_CHOICE = re.compile(r"invalid choice: (?P<value>.*?) \(choose from")
_ONE_VALUE = re.compile(r"expected (?:one|at least one|at most one) argument")
_EXPLICIT = re.compile(r"ignored explicit argument (?P<value>.+)")
_TYPE = re.compile(r"invalid (?P<type>\w+) value: (?P<value>.+)")


class FrenchFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


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

    # ------------------------------------------------------------ parsing

    def parse_known_args(self, args=None, namespace=None):
        try:
            return super().parse_known_args(args, namespace)
        except argparse.ArgumentError as error:
            self.error(self._argument_error(error))

    def parse_args(self, args=None, namespace=None):
        namespace, extra = self.parse_known_args(args, namespace)
        if extra:  # said by the command's parser (its usage, its --help), when a command was given
            command = self._chosen(namespace)
            (command or self).error(self._unrecognized(extra, command))
        return namespace

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : {self._french(message)}\nAide : {self.prog} --help\n")

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
        return f"il manque {_and(said)} ; {add} à la commande"

    def _argument_error(self, error: argparse.ArgumentError) -> str:
        action = next((a for a in self._actions if _name(a) == error.argument_name), None)
        message = error.message
        if isinstance(action, argparse._SubParsersAction) and (found := _CHOICE.match(message)):
            value = _unquoted(found["value"])
            close = difflib.get_close_matches(value, list(action.choices), n=1)
            meant = f" ; vouliez-vous dire {close[0]} ?" if close else ""
            return f"« {value} » n'est pas une commande{meant} (commandes : {_either(list(action.choices))})"
        shown = _shown(action, error.argument_name)
        told = f" ({action.help})" if action is not None and action.help else ""
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

    def _unrecognized(self, extra: list[str], command: FrenchParser | None) -> str:
        """Arguments no parser took: an option of the command line put after the command, a typo, one too many."""
        where = command or self
        said = []
        for item in extra:
            if item.startswith("-"):
                option = item.split("=", 1)[0]
                mine = next((a for a in self._actions if option in a.option_strings), None)
                if command is not None and mine is not None:
                    metavar = f" {mine.metavar or mine.dest.upper()}" if mine.nargs != 0 else ""
                    said.append(f"« {option} » se place avant la commande : {self.prog} {option}{metavar} {_command_name(command, self)} …")
                    continue
                options = [o for a in where._actions for o in a.option_strings if o.startswith("--")]
                close = difflib.get_close_matches(option, options, n=1)
                meant = f" ; vouliez-vous dire {close[0]} ?" if close else ""
                said.append(f"« {item} » n'est pas une option de cette commande{meant} (ses options : {', '.join(options)})")
            else:
                said.append(f"« {item} » en trop : cette commande ne l'attend pas ; le retirer, ou mettre entre guillemets une valeur qui contient une espace")
        return " ; ".join(said)

    def _has_commands(self) -> bool:
        return any(isinstance(a, argparse._SubParsersAction) for a in self._actions)

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
    if action.option_strings and action.nargs != 0:
        shown += f" {action.metavar or action.dest.upper()}"
    return f"{shown} ({action.help})" if action.help else shown


def _command_name(command: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> str:
    return command.prog.removeprefix(parent.prog).strip()


def _unquoted(value: str) -> str:
    """A value as argparse quotes it (``'x'``), as typed."""
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"" else value


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " et " + items[-1]


def _either(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " ou " + items[-1]
