#include "importers/document.h"

namespace dossier::importers {

const char* EntityTypeName(EntityType t) {
    switch (t) {
        case EntityType::kPerson:
            return "Person";
        case EntityType::kCountry:
            return "Country";
        case EntityType::kCity:
            return "City";
        case EntityType::kOrganization:
            return "Organization";
        case EntityType::kEvent:
            return "Event";
        case EntityType::kDate:
            return "Date";
    }
    return "Unknown";
}

const char* MentionFormName(MentionForm f) {
    switch (f) {
        case MentionForm::kName:
            return "name";
        case MentionForm::kNominal:
            return "nominal";
        case MentionForm::kPronoun:
            return "pronoun";
    }
    return "unknown";
}

}  // namespace dossier::importers
