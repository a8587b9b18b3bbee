// Private notes: readable by their author alone (the partner, admins, sponsors and outsiders find nothing),
// encrypted at rest, and a missing or different key is a clear error, never garbage. On SQLite and PostgreSQL.
#include "service/session_log/session_notes_service.hpp"

#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "session_log_fixture.hpp"

namespace upward::service {
namespace {

using storage::Backend;
using testing::AllBackends;
using testing::BackendName;

class SessionNotesServiceTest : public SessionLogFixture {
protected:
    void SetUp() override {
        SessionLogFixture::SetUp();
        occurrence_ = Occurrence(pair_, series_, kNow - kWeek);
    }
    SessionNotesService Notes(NotesKeySetting key) {
        return SessionNotesService(database_.Get(), clock_, std::move(key));
    }
    SessionNotesService Notes() { return Notes(key_); }

    NotesKeySetting key_ = NotesKeySetting::Of(NotesKey::Generate());
    long long occurrence_ = 0;
};

TEST_P(SessionNotesServiceTest, TheAuthorReadsBackWhatTheyWrote) {
    EXPECT_FALSE(Notes().Get(mentee_, pair_, occurrence_).text.has_value());
    Notes().Put(mentee_, pair_, occurrence_, "Ask Eli about prompt libraries.");
    clock_.Advance(60);
    const auto replaced = Notes().Put(mentee_, pair_, occurrence_, "Ask Eli about prompt libraries. And Copilot.");
    const auto note = Notes().Get(mentee_, pair_, occurrence_);
    ASSERT_TRUE(note.text.has_value());
    EXPECT_EQ(*note.text, "Ask Eli about prompt libraries. And Copilot.");
    EXPECT_EQ(note.updated_at, replaced.updated_at);
    Notes().Delete(mentee_, pair_, occurrence_);
    EXPECT_FALSE(Notes().Get(mentee_, pair_, occurrence_).text.has_value());
    EXPECT_THROW(Notes().Delete(mentee_, pair_, occurrence_), NotFound);
}

TEST_P(SessionNotesServiceTest, NobodyButTheAuthorFindsANote) {
    Notes().Put(mentee_, pair_, occurrence_, "Mentee's private thought");
    // The partner has a note of their own on the same session, and never sees the other's.
    EXPECT_FALSE(Notes().Get(mentor_, pair_, occurrence_).text.has_value());
    Notes().Put(mentor_, pair_, occurrence_, "Mentor's private thought");
    EXPECT_EQ(*Notes().Get(mentee_, pair_, occurrence_).text, "Mentee's private thought");
    EXPECT_EQ(*Notes().Get(mentor_, pair_, occurrence_).text, "Mentor's private thought");
    for (const auto* other : {&admin_, &sponsor_, &outsider_}) {
        EXPECT_THROW(Notes().Get(*other, pair_, occurrence_), NotFound) << other->email;
        EXPECT_THROW(Notes().Put(*other, pair_, occurrence_, "overwrite"), NotFound) << other->email;
        EXPECT_THROW(Notes().Delete(*other, pair_, occurrence_), NotFound) << other->email;
    }
    EXPECT_EQ(*Notes().Get(mentee_, pair_, occurrence_).text, "Mentee's private thought");
}

TEST_P(SessionNotesServiceTest, ASessionOfAnotherPairIsNotFound) {
    const auto other_pair = ActivePair("D2", "E2", kNow - kWeek);
    const auto other_occurrence = Occurrence(other_pair, Series(other_pair), kNow - kDay);
    EXPECT_THROW(Notes().Put(mentee_, pair_, other_occurrence, "x"), NotFound);
    EXPECT_THROW(Notes().Get(mentee_, other_pair, other_occurrence), NotFound);
    EXPECT_THROW(Notes().Get(mentee_, pair_, 999999), NotFound);
}

TEST_P(SessionNotesServiceTest, EmptyOrHugeTextNamesTheField) {
    try {
        Notes().Put(mentee_, pair_, occurrence_, "   \n");
        FAIL() << "an empty note was accepted";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.Field(), "text");
    }
    EXPECT_THROW(Notes().Put(mentee_, pair_, occurrence_, std::string(SessionNotesService::kMaxNoteLength + 1, 'a')),
                 InvalidInput);
}

TEST_P(SessionNotesServiceTest, OnlyCiphertextIsStored) {
    const std::string secret = "I worry the board will not fund the AI pilot";
    Notes().Put(mentee_, pair_, occurrence_, secret);
    Notes().Put(mentor_, pair_, occurrence_, secret);
    {
        auto session = database_.Get().Acquire();
        soci::rowset<soci::row> rows = session->prepare << "SELECT key_id, nonce, ciphertext FROM session_notes";
        std::vector<std::string> nonces;
        for (const auto& row : rows) {
            const auto ciphertext = row.get<std::string>("ciphertext");
            EXPECT_EQ(ciphertext.find("board"), std::string::npos);
            EXPECT_EQ(row.get<std::string>("key_id"), key_.Require().Id());
            nonces.push_back(row.get<std::string>("nonce"));
        }
        ASSERT_EQ(nonces.size(), 2u);
        EXPECT_NE(nonces[0], nonces[1]) << "every write takes a fresh nonce";
    }
    if (GetParam() == Backend::kSqlite) {
        // The database file itself (and its write-ahead log) never holds the words.
        for (const auto& suffix : {"", "-wal"}) {
            std::ifstream file(database_.Url() + suffix, std::ios::binary);
            if (!file) continue;
            std::stringstream bytes;
            bytes << file.rdbuf();
            EXPECT_EQ(bytes.str().find("fund the AI pilot"), std::string::npos) << "plaintext in " << suffix;
        }
    }
}

TEST_P(SessionNotesServiceTest, ANoteSealedWithAnotherKeyIsAClearErrorNotGarbage) {
    Notes().Put(mentee_, pair_, occurrence_, "sealed with the first key");
    const auto other = NotesKeySetting::Of(NotesKey::Generate());
    try {
        Notes(other).Get(mentee_, pair_, occurrence_);
        FAIL() << "a note sealed with another key was opened";
    } catch (const NotesKeyMismatch& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(key_.Require().Id()), std::string::npos) << message;
        EXPECT_NE(message.find(other.Require().Id()), std::string::npos) << message;
    }
    // Writing over it with the wrong key is refused too; deleting it is the author's way out.
    EXPECT_THROW(Notes(other).Put(mentee_, pair_, occurrence_, "replacement"), NotesKeyMismatch);
    EXPECT_EQ(*Notes().Get(mentee_, pair_, occurrence_).text, "sealed with the first key");
    Notes(other).Delete(mentee_, pair_, occurrence_);
    EXPECT_FALSE(Notes(other).Get(mentee_, pair_, occurrence_).text.has_value());
}

TEST_P(SessionNotesServiceTest, WithoutAKeyNotesAreUnavailableAndSayWhy) {
    const NotesKeySetting none;
    try {
        Notes(none).Get(mentee_, pair_, occurrence_);
        FAIL() << "notes without a key";
    } catch (const Unavailable& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("private notes are unavailable"), std::string::npos) << message;
        EXPECT_NE(message.find("--notes-key-file"), std::string::npos) << message;
    }
    EXPECT_THROW(Notes(none).Put(mentee_, pair_, occurrence_, "x"), Unavailable);
    // Those who may not see notes learn nothing, not even that notes are down.
    EXPECT_THROW(Notes(none).Get(admin_, pair_, occurrence_), NotFound);
}

TEST_P(SessionNotesServiceTest, ALostKeyFileLeavesNotesUnavailableWithTheReason) {
    testing::TempDir folder;
    const auto setting = LoadNotesKey(folder.File("missing.key"));
    EXPECT_FALSE(setting.Available());
    EXPECT_NE(setting.Reason().find("cannot be read"), std::string::npos);
    EXPECT_THROW(Notes(setting).Get(mentee_, pair_, occurrence_), Unavailable);
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionNotesServiceTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
