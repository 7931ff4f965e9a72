// PropertySeek: binds a node variable to the nodes a property index holds for a value or a
// range (graph::GraphReader::SeekIndex), each checked against the node pattern.
#include "query/exec/constraints.h"

namespace dossier::query::exec {

namespace {

bool Indexable(const graph::Value& v) {
    return v.is_bool() || v.is_number() || v.is_string() || v.is_date();
}

class PropertySeek : public Operator {
  public:
    PropertySeek(ExecContext* ctx, OperatorPtr child, PropertySeekSpec spec)
        : Operator(ctx, std::move(child)), spec_(std::move(spec)) {}

    std::string Describe() const override {
        std::string what = spec_.variable + ":" + spec_.label + " " + spec_.property;
        if (spec_.equal) return "PropertySeek(" + what + " = " + spec_.equal->ToString() + ")";
        if (spec_.lower) what = spec_.lower->ToString() + " <= " + what;
        if (spec_.upper) what += " <= " + spec_.upper->ToString();
        return "PropertySeek(" + what + ")";
    }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            if (next_ >= ids_.size()) {
                DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
                if (!more) return false;
                DOSSIER_RETURN_IF_ERROR(Seek());
            }
            while (next_ < ids_.size()) {
                auto node = ctx_->reader->GetNode(ids_[next_++]);
                if (!node.ok()) {
                    if (node.status().IsNotFound()) continue;
                    return node.status();
                }
                if (!NodeMatches(*node, spec_.node, props_)) continue;
                *row = input_;
                row->resize(static_cast<size_t>(spec_.width));
                (*row)[spec_.slot] = graph::MakeNodeValue(std::move(*node));
                return true;
            }
        }
    }
    void ResetSelf() override {
        ids_.clear();
        next_ = 0;
    }

  private:
    // The candidates for the current input row.
    Status Seek() {
        ids_.clear();
        next_ = 0;
        const auto env = ctx_->Env(spec_.scope, input_);
        DOSSIER_ASSIGN_OR_RETURN(props_, ConstraintProperties(spec_.node.properties, env));
        std::optional<graph::Value> lower, upper;
        if (spec_.equal) {
            DOSSIER_ASSIGN_OR_RETURN(graph::Value v, eval::Evaluate(*spec_.equal, env));
            lower = v;
            upper = std::move(v);
        } else {
            if (spec_.lower) {
                DOSSIER_ASSIGN_OR_RETURN(lower, eval::Evaluate(*spec_.lower, env));
            }
            if (spec_.upper) {
                DOSSIER_ASSIGN_OR_RETURN(upper, eval::Evaluate(*spec_.upper, env));
            }
        }
        // A null bound compares as null: no node passes the predicate it came from.
        if ((lower && lower->is_null()) || (upper && upper->is_null())) return Status::OK();
        // The index holds only scalar values; a list or map can still equal a stored list, so
        // such a bound reads every node of the label (the checks after do the rest).
        if ((lower && !Indexable(*lower)) || (upper && !Indexable(*upper))) {
            auto it = ctx_->reader->ScanLabel(spec_.label);
            for (; it->Valid(); it->Next()) ids_.push_back(it->id());
            return it->status();
        }
        DOSSIER_ASSIGN_OR_RETURN(
            ids_, ctx_->reader->SeekIndex(spec_.label, spec_.property, lower, upper));
        return Status::OK();
    }

    const PropertySeekSpec spec_;
    Row input_;
    std::optional<graph::Map> props_;
    std::vector<graph::NodeId> ids_;
    size_t next_ = 0;
};

}  // namespace

OperatorPtr MakePropertySeek(ExecContext* ctx, OperatorPtr child, PropertySeekSpec spec) {
    return std::make_unique<PropertySeek>(ctx, std::move(child), std::move(spec));
}

}  // namespace dossier::query::exec
