"""Every text exists in every language, with the same placeholders."""

from __future__ import annotations

from fluent.syntax import FluentParser, ast, visitor

from bot import i18n
from bot.languages import ALL as ALL_LANGUAGES
from bot.languages import LANGUAGES, from_telegram


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def _catalog(lang: str) -> dict[str, tuple[set[str], list[str]]]:
    """Return message id -> (variables, referenced messages) for one language."""
    found: dict[str, tuple[set[str], list[str]]] = {}
    for entry in i18n.catalog_files(lang):
        resource = FluentParser().parse(entry.read_text(encoding="utf-8"))
        junk = [e for e in resource.body if isinstance(e, ast.Junk)]
        assert not junk, f"{lang}/{entry.name} has unparsable text: {junk[0].content!r:.90}"
        for message in resource.body:
            if isinstance(message, ast.Message):
                assert message.id.name not in found, f"{message.id.name} defined twice in {lang}"
                variables = _Variables()
                variables.visit(message)
                refs = _References()
                refs.visit(message)
                found[message.id.name] = (variables.names, refs.names)
    return found


class _References(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.names.append(node.id.name)


def _all_variables(catalog: dict[str, tuple[set[str], list[str]]], key: str) -> set[str]:
    own, refs = catalog[key]
    names = set(own)
    for ref in refs:
        names |= _all_variables(catalog, ref)
    return names


def test_every_key_exists_in_every_language() -> None:
    catalogs = {lang: _catalog(lang) for lang in LANGUAGES}
    english = set(catalogs["en"])
    assert len(english) > 50
    for lang, catalog in catalogs.items():
        assert set(catalog) == english, (
            f"{lang}: missing {sorted(english - set(catalog))}, extra {sorted(set(catalog) - english)}"
        )


def test_placeholders_match_between_languages() -> None:
    catalogs = {lang: _catalog(lang) for lang in LANGUAGES}
    for key in catalogs["en"]:
        expected = _all_variables(catalogs["en"], key)
        for lang, catalog in catalogs.items():
            assert _all_variables(catalog, key) == expected, f"{lang}/{key} placeholders differ"


def test_chinese_text_is_chinese_and_english_is_english() -> None:
    assert i18n.t("zh-hans", "menu-new-request") == "📝 我要反映"
    assert i18n.t("en", "menu-new-request") == "📝 New request"


def test_telegram_language_codes_map_to_our_languages() -> None:
    assert from_telegram("zh-CN") == "zh-hans"
    assert from_telegram("zh-hant") == "zh-hant"
    assert from_telegram("en-GB") == "en"
    assert from_telegram("fr") is None
    assert from_telegram(None) is None


def test_every_language_in_the_list_has_its_folder_with_the_same_files_and_a_menu_button() -> None:
    names = {lang: sorted(entry.name for entry in i18n.catalog_files(lang)) for lang in LANGUAGES}
    assert all(files == names["en"] for files in names.values()), names
    for lang in LANGUAGES:
        assert f"btn-language-{lang}" in _catalog("en"), lang


def test_each_language_has_one_telegram_code_for_its_command_list() -> None:
    # Telegram names languages by two letters: Traditional Chinese shares the zh list.
    codes = [lang.telegram_code for lang in ALL_LANGUAGES if lang.telegram_code is not None]
    assert len(set(codes)) == len(codes)
    assert "" in codes
