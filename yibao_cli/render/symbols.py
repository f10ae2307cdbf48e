"""Plain symbols for printers without symbol glyphs: ☐ → ``[ ]``, ☎ → ``Tel``, Chinese kept."""

from __future__ import annotations

import unicodedata

# For printers without symbol glyphs: the symbols the interface and the catalogue use, in ASCII.
_ASCII = str.maketrans(
    {
        "☐": "[ ]",
        "☑": "[x]",
        "☎": "Tel",
        "⚠": "!",
        "→": "->",
        "←": "<-",
        "·": "-",
        "•": "*",
        "—": "--",
        "–": "-",
        "≈": "~",
        "…": "...",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "×": "x",
        "✓": "OK",
        "✗": "X",
        "\u00a0": " ",
    }
)


def cjk(char: str) -> bool:
    """Tell whether a character is Chinese text rather than a symbol.

    Chinese text here means CJK ideographs (with extension A and the compatibility block), CJK
    symbols and punctuation (U+3000–U+303F: 、。〈〉《》「」【】…) and full-width forms
    (U+FF00–U+FFEF: ，：；（）！？ …). Everything else outside ASCII is a symbol.
    """
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
    )


def plain_symbols(text: str) -> str:
    """Replace every non-ASCII symbol by ASCII, keeping Chinese text (see :func:`cjk`).

    Known symbols have readable replacements (☐ → ``[ ]``, ☎ → ``Tel``, → → ``->``); others
    are decomposed where Unicode allows (① → ``1``) and otherwise become ``?``.
    """
    out = []
    for char in text.translate(_ASCII):
        if char.isascii() or cjk(char):
            out.append(char)
            continue
        folded = unicodedata.normalize("NFKD", char)
        kept = "".join(c for c in folded if c.isascii() or cjk(c))
        out.append(kept or "?")
    return "".join(out)
