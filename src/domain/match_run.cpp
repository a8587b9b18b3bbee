#include "domain/match_run.hpp"

namespace upward::domain {

std::string_view ToString(PairStatus status) {
    switch (status) {
        case PairStatus::kProposed:
            return "proposed";
        case PairStatus::kAccepted:
            return "accepted";
        case PairStatus::kActive:
            return "active";
        case PairStatus::kDeclined:
            return "declined";
        case PairStatus::kEnded:
            return "ended";
    }
    return "proposed";
}

std::optional<PairStatus> ParsePairStatus(std::string_view text) {
    if (text == "proposed") return PairStatus::kProposed;
    if (text == "accepted") return PairStatus::kAccepted;
    if (text == "active") return PairStatus::kActive;
    if (text == "declined") return PairStatus::kDeclined;
    if (text == "ended") return PairStatus::kEnded;
    return std::nullopt;
}

bool HoldsPlace(PairStatus status) {
    return status == PairStatus::kProposed || status == PairStatus::kAccepted || status == PairStatus::kActive;
}

Pair WithoutPrivateFields(Pair pair) {
    pair.decline_reason.reset();
    return pair;
}

std::string_view ToString(RequestStatus status) {
    switch (status) {
        case RequestStatus::kPending:
            return "pending";
        case RequestStatus::kAccepted:
            return "accepted";
        case RequestStatus::kDeclined:
            return "declined";
        case RequestStatus::kWithdrawn:
            return "withdrawn";
    }
    return "pending";
}

std::optional<RequestStatus> ParseRequestStatus(std::string_view text) {
    if (text == "pending") return RequestStatus::kPending;
    if (text == "accepted") return RequestStatus::kAccepted;
    if (text == "declined") return RequestStatus::kDeclined;
    if (text == "withdrawn") return RequestStatus::kWithdrawn;
    return std::nullopt;
}

}  // namespace upward::domain
