#include "importers/mentions/mention_detector.h"

#include "importers/mentions/mention_run.h"

namespace dossier::importers {

Result<MentionDetector> MentionDetector::CreateDefault() {
    DOSSIER_ASSIGN_OR_RETURN(const Gazetteer* g, Gazetteer::Default());
    return MentionDetector(g);
}

void MentionDetector::Detect(Document* doc) const {
    MentionRun run(*gazetteer_, doc);
    run.set_first_mention(doc->mentions.size());
    run.Run();
}

}  // namespace dossier::importers
