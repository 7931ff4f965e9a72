#include "importers/text/tokenizer.h"

#include "importers/text/sentence_splitter.h"
#include "importers/text/utf8.h"

namespace dossier::importers {
namespace {

enum class CharClass : uint8_t { kSpace, kAlnum, kPunct };

bool IsApostrophe(char32_t c) {
    return c == '\'' || c == 0x2019;
}

CharClass Classify(char32_t c) {
    if (c < 0x80) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            return CharClass::kSpace;
        }
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return CharClass::kAlnum;
        }
        return CharClass::kPunct;
    }
    if (c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
        c == 0xFEFF) {
        return CharClass::kSpace;
    }
    // Latin-1 punctuation and symbols, general punctuation, CJK punctuation, full-width forms.
    if ((c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x206F) ||
        (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || c == 0xFFFD) {
        return CharClass::kPunct;
    }
    return CharClass::kAlnum;
}

bool IsDigit(char32_t c) {
    return c >= '0' && c <= '9';
}
bool IsAsciiLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// True when text[pos, ...) starts with exactly three digits: "1,000" but not "14:13,22-06".
bool IsThousandsGroup(std::string_view text, size_t pos, size_t limit) {
    if (pos + 3 > limit) return false;
    for (size_t k = pos; k < pos + 3; ++k) {
        if (!IsDigit(static_cast<unsigned char>(text[k]))) return false;
    }
    return pos + 3 == limit || !IsDigit(static_cast<unsigned char>(text[pos + 3]));
}

// Scans one word or number from `pos`; returns its end.
size_t ScanWord(std::string_view text, size_t pos, size_t limit) {
    size_t i = pos;
    size_t segment_start = pos;  // start of the part after the last inner '.'
    char32_t prev = 0;
    while (i < limit) {
        size_t next = i;
        const char32_t c = DecodeUtf8(text, &next);
        if (Classify(c) == CharClass::kAlnum) {
            prev = c;
            i = next;
            continue;
        }
        if (next >= limit) break;
        size_t after = next;
        const char32_t n = DecodeUtf8(text, &after);
        const bool next_alnum = Classify(n) == CharClass::kAlnum;
        if (!next_alnum) break;
        if (c == '-' || c == 0x2010) {
            // "five-year", "22-06-2018"
            prev = c;
            i = next;
            continue;
        }
        if ((c == ':' || c == '/' || (c == ',' && IsThousandsGroup(text, next, limit))) &&
            IsDigit(prev) && IsDigit(n)) {
            // "1,000", "14:13", "24/7"
            prev = c;
            i = next;
            continue;
        }
        if (c == '.' && ((IsDigit(prev) && IsDigit(n)) ||
                         (IsAsciiLetter(prev) && IsAsciiLetter(n) && i - segment_start == 1))) {
            // "3.5", "U.S"
            prev = c;
            i = next;
            segment_start = next;
            continue;
        }
        if (IsApostrophe(c)) {
            // The possessive "'s" is a token of its own; other inner apostrophes ("O'Neill",
            // "don't") stay inside the word.
            size_t after_s = after;
            const bool possessive =
                (n == 's' || n == 'S') &&
                (after_s >= limit || Classify(DecodeUtf8(text, &after_s)) != CharClass::kAlnum);
            if (possessive) break;
            prev = c;
            i = next;
            continue;
        }
        break;
    }
    return i;
}

// True when the word text[start, end) takes the period that follows it.
bool TakesPeriod(std::string_view text, size_t start, size_t end) {
    const std::string_view word = text.substr(start, end - start);
    // Initials ("F.") and dotted acronyms ("U.S" + ".").
    if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
    if (word.size() >= 3 && word[word.size() - 2] == '.') return true;
    // Abbreviations are short: check against the list with the period attached.
    if (word.size() > 7) return false;
    char buf[9];
    word.copy(buf, word.size());
    buf[word.size()] = '.';
    return IsNonTerminalAbbreviation(std::string_view(buf, word.size() + 1));
}

}  // namespace

void Tokenizer::Tokenize(std::string_view text, Span span, int sentence, std::vector<Token>* out) {
    size_t i = span.start;
    const size_t limit = span.end;
    while (i < limit) {
        size_t next = i;
        const char32_t c = DecodeUtf8(text, &next);
        const CharClass cls = Classify(c);
        if (cls == CharClass::kSpace) {
            i = next;
            continue;
        }
        size_t end = next;
        if (cls == CharClass::kAlnum) {
            end = ScanWord(text, i, limit);
            if (end < limit && text[end] == '.' && TakesPeriod(text, i, end)) ++end;
        } else if (IsApostrophe(c) && next < limit && (text[next] == 's' || text[next] == 'S')) {
            size_t after = next + 1;
            if (after >= limit || Classify(DecodeUtf8(text, &after)) != CharClass::kAlnum) {
                end = next + 1;  // possessive "'s"
            }
        } else if (c == '.' && text.substr(i, 3) == "..." && i + 3 <= limit) {
            end = i + 3;
        } else if (c == '-' && i + 1 < limit && text[i + 1] == '-') {
            end = i + 2;
        }
        out->push_back(Token{Span{static_cast<uint32_t>(i), static_cast<uint32_t>(end)}, sentence});
        i = end;
    }
}

void Tokenizer::Tokenize(Document* doc) {
    doc->tokens.clear();
    doc->tokens.reserve(doc->article.text.size() / 5);
    for (size_t s = 0; s < doc->sentences.size(); ++s) {
        Tokenize(doc->article.text, doc->sentences[s].span, static_cast<int>(s), &doc->tokens);
    }
}

}  // namespace dossier::importers
