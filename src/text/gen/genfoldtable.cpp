// genfoldtable: writes the C++ source of the search-fold and Traditional->Simplified lookup tables.
//
// Run at build time (see src/text/CMakeLists.txt) so the tables always match the ICU the project is
// built with, and foldForSearch() never calls a normaliser or transliterator at run time. For each
// code point of the BMP and SIP it records:
//   fold(c)       = NFKC_Casefold(c), then Traditional->Simplified on each resulting Han code point
//                   where ICU maps it to exactly one code point; applied again until nothing
//                   changes, so that folding a folded text is a no-op (idempotence);
//   simplified(c) = Traditional->Simplified(c) when that is a single code point, also iterated.
// Lookup is a two-stage table: stage1[c >> 6] picks a 64-entry block of stage2, whose entry is 0
// (unchanged) or 1 + an index into the entry list.
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uclean.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>

#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr char32_t kLimit = 0x30000; // BMP + SIP
constexpr int kBlockBits = 6;
constexpr int kBlockSize = 1 << kBlockBits;
constexpr std::size_t kMaxFoldUnits = 32; // foldtable.h: kMaxFoldUnits

using Units = std::u16string;

bool isSurrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

std::vector<char32_t> codePoints(const icu::UnicodeString &s)
{
    std::vector<char32_t> out;
    for (int32_t i = 0; i < s.length();) {
        const UChar32 c = s.char32At(i);
        out.push_back(static_cast<char32_t>(c));
        i += U16_LENGTH(c);
    }
    return out;
}

class Generator {
public:
    bool init()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status)) {
            std::fprintf(stderr, "genfoldtable: NFKC_Casefold unavailable: %s\n", u_errorName(status));
            return false;
        }
        m_t2s.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Traditional-Simplified"),
                                                        UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !m_t2s) {
            std::fprintf(stderr, "genfoldtable: Traditional-Simplified unavailable: %s\n",
                         u_errorName(status));
            return false;
        }
        return true;
    }

    // Single code point Traditional->Simplified, or c itself.
    char32_t simplifyOnce(char32_t c) const
    {
        UErrorCode status = U_ZERO_ERROR;
        if (uscript_getScript(static_cast<UChar32>(c), &status) != USCRIPT_HAN || U_FAILURE(status))
            return c;
        icu::UnicodeString s(static_cast<UChar32>(c));
        m_t2s->transliterate(s);
        if (s.countChar32() != 1)
            return c;
        return static_cast<char32_t>(s.char32At(0));
    }

    std::vector<char32_t> foldOnce(char32_t c) const
    {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString n = m_nfkcCf->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
        if (U_FAILURE(status))
            return { c };
        std::vector<char32_t> out = codePoints(n);
        for (char32_t &x : out)
            x = simplifyOnce(x);
        return out;
    }

    // Applies `step` per code point until a fixed point; cycles (none exist in ICU's data, but
    // a table must never loop) stop after a bounded number of rounds.
    template<typename Step>
    static std::vector<char32_t> closure(char32_t c, Step step)
    {
        std::vector<char32_t> cur { c };
        for (int round = 0; round < 8; ++round) {
            std::vector<char32_t> next;
            for (char32_t x : cur) {
                const std::vector<char32_t> m = step(x);
                next.insert(next.end(), m.begin(), m.end());
            }
            if (next == cur)
                break;
            cur = std::move(next);
        }
        return cur;
    }

    icu::Transliterator &t2s() { return *m_t2s; }

private:
    const icu::Normalizer2 *m_nfkcCf = nullptr;
    std::unique_ptr<icu::Transliterator> m_t2s;
};

Units toUtf16(const std::vector<char32_t> &cps)
{
    Units out;
    for (char32_t c : cps) {
        if (c >= 0x10000) {
            out.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
        } else {
            out.push_back(static_cast<char16_t>(c));
        }
    }
    return out;
}

// Builds stage1/stage2 from a per-code-point value (0 = unchanged), sharing identical blocks.
void buildStages(const std::vector<unsigned> &values, std::vector<unsigned> &stage1, std::vector<unsigned> &stage2)
{
    std::map<std::vector<unsigned>, unsigned> seen;
    for (char32_t base = 0; base < kLimit; base += kBlockSize) {
        std::vector<unsigned> block(values.begin() + base, values.begin() + base + kBlockSize);
        auto it = seen.find(block);
        if (it == seen.end()) {
            const unsigned id = static_cast<unsigned>(stage2.size() / kBlockSize);
            it = seen.emplace(block, id).first;
            stage2.insert(stage2.end(), block.begin(), block.end());
        }
        stage1.push_back(it->second);
    }
}

void writeArray(std::FILE *f, const char *type, const char *name, const std::vector<unsigned> &values)
{
    std::fprintf(f, "extern const %s %s[%zu];\nconst %s %s[%zu] = {", type, name, values.size(), type, name,
                 values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        std::fprintf(f, "%s%u,", i % 16 == 0 ? "\n    " : " ", values[i]);
    std::fprintf(f, "\n};\n\n");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: genfoldtable OUTPUT.cpp\n");
        return 2;
    }
    int rc = 0;
    {
        Generator gen;
        if (!gen.init())
            return 1;

        std::vector<std::vector<char32_t>> foldOnce(kLimit);
        std::vector<char32_t> simplifyOnce(kLimit);
        for (char32_t c = 0; c < kLimit; ++c) {
            foldOnce[c] = isSurrogate(c) ? std::vector<char32_t> { c } : gen.foldOnce(c);
            simplifyOnce[c] = isSurrogate(c) ? c : gen.simplifyOnce(c);
        }
        auto foldStep = [&](char32_t x) {
            return x < kLimit ? foldOnce[x] : gen.foldOnce(x);
        };
        auto simplifyStep = [&](char32_t x) {
            return std::vector<char32_t> { x < kLimit ? simplifyOnce[x] : gen.simplifyOnce(x) };
        };

        std::vector<unsigned> foldIndex(kLimit, 0), foldOffset, foldLength, pool;
        std::vector<unsigned> simpIndex(kLimit, 0), simpValue;
        for (char32_t c = 0; c < kLimit; ++c) {
            const std::vector<char32_t> folded = Generator::closure(c, foldStep);
            if (folded != std::vector<char32_t> { c }) {
                const Units u = toUtf16(folded);
                foldIndex[c] = static_cast<unsigned>(foldOffset.size() + 1);
                foldOffset.push_back(static_cast<unsigned>(pool.size()));
                if (u.size() > kMaxFoldUnits) {
                    std::fprintf(stderr, "genfoldtable: U+%04X folds to %zu units\n", unsigned(c), u.size());
                    return 1;
                }
                foldLength.push_back(static_cast<unsigned>(u.size()));
                pool.insert(pool.end(), u.begin(), u.end());
            }
            const std::vector<char32_t> simple = Generator::closure(c, simplifyStep);
            if (simple.front() != c) {
                simpIndex[c] = static_cast<unsigned>(simpValue.size() + 1);
                simpValue.push_back(simple.front());
            }
        }
        if (foldOffset.size() >= 0xFFFF || simpValue.size() >= 0xFFFF || pool.size() >= 0xFFFFFF) {
            std::fprintf(stderr, "genfoldtable: tables outgrew their index types\n");
            return 1;
        }

        std::vector<unsigned> foldStage1, foldStage2, simpStage1, simpStage2;
        buildStages(foldIndex, foldStage1, foldStage2);
        buildStages(simpIndex, simpStage1, simpStage2);

        std::FILE *f = std::fopen(argv[1], "w");
        if (!f) {
            std::fprintf(stderr, "genfoldtable: cannot write %s\n", argv[1]);
            return 1;
        }
        std::fprintf(f,
                     "// Generated by genfoldtable from ICU %s (Unicode %s) at build time; do not edit.\n"
                     "// %zu folded and %zu simplified code points.\n"
                     "#include \"text/foldtable.h\"\n\nnamespace broadsheet::foldtable {\n\n",
                     U_ICU_VERSION, U_UNICODE_VERSION, foldOffset.size(), simpValue.size());
        writeArray(f, "std::uint16_t", "kFoldStage1", foldStage1);
        writeArray(f, "std::uint16_t", "kFoldStage2", foldStage2);
        writeArray(f, "std::uint32_t", "kFoldOffset", foldOffset);
        writeArray(f, "std::uint8_t", "kFoldLength", foldLength);
        writeArray(f, "char16_t", "kFoldPool", pool);
        writeArray(f, "std::uint16_t", "kSimplifiedStage1", simpStage1);
        writeArray(f, "std::uint16_t", "kSimplifiedStage2", simpStage2);
        writeArray(f, "char32_t", "kSimplifiedValue", simpValue);
        std::fprintf(f, "} // namespace broadsheet::foldtable\n");
        if (std::fclose(f) != 0)
            rc = 1;
    }
    u_cleanup();
    return rc;
}
