// Pipeline: runs every extraction stage over one Document, in the order document.h lists.
//
//   text layer:    SentenceSplitter -> Tokenizer -> MentionDetector
//   meaning layer: CoreferenceResolver -> QuoteExtractor -> RelationExtractor -> EventExtractor
//
// Not thread-safe (the sentence splitter holds ICU state): each thread owns its Pipeline.
#pragma once

#include <memory>

#include "graph/status.h"
#include "importers/document.h"

namespace dossier::importers {

class SentenceSplitter;
class MentionDetector;

class Pipeline {
  public:
    // Fails only when a stage cannot initialise (a broken ICU installation).
    static Result<std::unique_ptr<Pipeline>> Create();
    ~Pipeline();

    // Runs all stages on doc (doc->article must be filled). Earlier layers are replaced.
    void Run(Document* doc);

    // The meaning layer alone, on a document whose sentences, tokens and mentions are set.
    static void RunMeaningLayer(Document* doc);

  private:
    Pipeline() = default;
    std::unique_ptr<SentenceSplitter> splitter_;
    std::unique_ptr<MentionDetector> detector_;
};

}  // namespace dossier::importers
