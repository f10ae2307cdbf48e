"""Make the search dictionary from the vocabulary and the catalogue (when the index is built)."""

from __future__ import annotations

from collections.abc import Callable

from yibao_cli.catalogue import model
from yibao_cli.catalogue.vocabulary import Vocabulary
from yibao_cli.search.lines import is_han
from yibao_cli.search.segment import PLACE, Dictionary, cut

Speller = Callable[[str], list[str]]


def make(
    catalogue: model.Catalogue,
    vocabulary: Vocabulary,
    speller: Speller,
    readings: dict[str, str],
) -> Dictionary:
    """Every synonym, filler word, thing and alias, with the pinyin of the Chinese ones.

    Args:
        catalogue: Its aliases and ids become words.
        vocabulary: ``search.yaml``.
        speller: Pinyin of a text, one syllable per character.
        readings: Pinyin of common characters, for sound-alike typos.
    """
    words = Dictionary(readings=readings)
    for word, concept in vocabulary.concepts.items():  # first: a synonym is never a filler
        words.add(word, concept)
    for word in vocabulary.stopwords:
        words.add(word, "")
    for word in vocabulary.places:
        words.add(word, PLACE)
    for word in vocabulary.things:
        words.add(word, vocabulary.concept(word))
    for proc in catalogue.procedures:
        for alias in (proc.id, *proc.aliases):
            word = alias.lower()
            if word in words.words:
                continue
            # An alias is a word of its own and still says what its parts say.
            parts = list(
                dict.fromkeys(
                    term.concept
                    for term in cut(word, words, sounds=False)
                    if term.concept and term.kind != "pair"
                )
            )
            known = all(term.kind != "pair" for term in cut(word, words, sounds=False))
            if known and len(parts) == 1:  # 怎么用 says no more than 用
                words.add(word, parts[0])
                continue
            words.add(word, word)
            if parts:
                words.parts[word] = tuple(parts)
    spelled: dict[str, tuple[str, ...]] = {}
    for word in words.words:
        if not all(is_han(char) for char in word):
            continue
        letters = "".join(speller(word))
        if letters.isascii() and letters.isalpha():
            spelled[letters] = (*spelled.get(letters, ()), word)
    words.spelled = spelled
    words.syllables = frozenset(readings.values())
    return words
