#include "query/eval/time_zone.h"

#include <unicode/basictz.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>

#include "query/eval/type_errors.h"

namespace dossier::query::eval {

namespace {

std::unique_ptr<icu::TimeZone> Open(const std::string& zone) {
    return std::unique_ptr<icu::TimeZone>(
        icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zone)));
}

constexpr double kMillisPerSecond = 1000.0;

}  // namespace

Result<std::string> CanonicalZone(std::string_view zone) {
    const std::string id(zone);
    std::unique_ptr<icu::TimeZone> tz = Open(id);
    icu::UnicodeString got;
    tz->getID(got);
    // ICU answers an unknown id with its "Etc/Unknown" zone.
    if (*tz == icu::TimeZone::getUnknown() || got == UNICODE_STRING_SIMPLE("Etc/Unknown")) {
        return InvalidArgumentValue("unknown time zone '" + id + "'");
    }
    return id;
}

int32_t ZoneOffsetAt(const std::string& zone, int64_t epoch_seconds) {
    std::unique_ptr<icu::TimeZone> tz = Open(zone);
    int32_t raw = 0, dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    tz->getOffset(static_cast<double>(epoch_seconds) * kMillisPerSecond, false, raw, dst, status);
    return U_SUCCESS(status) ? (raw + dst) / 1000 : 0;
}

int32_t ZoneOffsetAtLocal(const std::string& zone, int64_t local_seconds) {
    std::unique_ptr<icu::TimeZone> tz = Open(zone);
    int32_t raw = 0, dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    const double millis = static_cast<double>(local_seconds) * kMillisPerSecond;
    if (auto* basic = dynamic_cast<icu::BasicTimeZone*>(tz.get())) {
        basic->getOffsetFromLocal(millis, UCAL_TZ_LOCAL_FORMER, UCAL_TZ_LOCAL_FORMER, raw, dst,
                                  status);
    } else {
        tz->getOffset(millis, true, raw, dst, status);
    }
    return U_SUCCESS(status) ? (raw + dst) / 1000 : 0;
}

}  // namespace dossier::query::eval
