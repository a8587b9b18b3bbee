// The notes cipher: libsodium secretbox with a random nonce per seal, keys named by a digest, and every way a
// note can fail to open is an error, never garbage.
#include "service/session_log/notes_cipher.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <vector>

#include "core/errors.hpp"
#include "service/session_log/notes_key.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

TEST(NotesCipherTest, SealsAndOpensWithAFreshNonceEachTime) {
    const auto key = NotesKey::Generate();
    const auto first = SealNote(key, "Ask about the data strategy.");
    const auto second = SealNote(key, "Ask about the data strategy.");
    EXPECT_NE(first.nonce, second.nonce);
    EXPECT_NE(first.ciphertext, second.ciphertext);
    EXPECT_EQ(first.ciphertext.find("data strategy"), std::string::npos);
    EXPECT_EQ(OpenNote(key, first), "Ask about the data strategy.");
    EXPECT_EQ(OpenNote(key, second), "Ask about the data strategy.");
    EXPECT_EQ(OpenNote(key, SealNote(key, "")), "");
}

TEST(NotesCipherTest, KeysRoundTripThroughBase64AndKeepTheirId) {
    const auto key = NotesKey::Generate();
    const auto text = key.ToBase64();
    const auto again = NotesKey::FromBase64("  " + text + "\n", "key");
    EXPECT_EQ(again.Id(), key.Id());
    EXPECT_EQ(key.Id().size(), 16u);
    EXPECT_NE(NotesKey::Generate().Id(), key.Id());
    EXPECT_EQ(OpenNote(again, SealNote(key, "same key")), "same key");
}

TEST(NotesCipherTest, RefusesTextThatIsNotAKey) {
    for (const std::string bad : std::vector<std::string>{"", "not base64 at all!", "c2hvcnQ=", std::string(60, 'A')}) {
        try {
            NotesKey::FromBase64(bad, "notes-key-file");
            ADD_FAILURE() << "accepted " << bad;
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.Field(), "notes-key-file");
        }
    }
}

TEST(NotesCipherTest, AnotherKeyIsNamedAsAMismatch) {
    const auto sealed = SealNote(NotesKey::Generate(), "secret");
    EXPECT_THROW(OpenNote(NotesKey::Generate(), sealed), NotesKeyMismatch);
}

TEST(NotesCipherTest, ATamperedNoteDoesNotOpen) {
    const auto key = NotesKey::Generate();
    auto sealed = SealNote(key, "do not change me");
    sealed.ciphertext[4] = sealed.ciphertext[4] == 'A' ? 'B' : 'A';
    try {
        OpenNote(key, sealed);
        FAIL() << "a tampered note opened";
    } catch (const NotesKeyMismatch&) {
        FAIL() << "tampering is not a key mismatch";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("damaged"), std::string::npos);
    }
    sealed = SealNote(key, "x");
    sealed.nonce = "short";
    EXPECT_THROW(OpenNote(key, sealed), Error);
}

TEST(NotesCipherTest, KeyFilesAreOwnerOnlyAndNeverOverwritten) {
    testing::TempDir folder;
    const auto path = folder.File("notes.key");
    const auto key = NotesKey::Generate();
    WriteNotesKeyFile(path, key);
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600);
    EXPECT_THROW(WriteNotesKeyFile(path, NotesKey::Generate()), Conflict);
    const auto loaded = LoadNotesKey(path);
    ASSERT_TRUE(loaded.Available());
    EXPECT_EQ(loaded.Require().Id(), key.Id());
    { std::ofstream(folder.File("bad.key")) << "not a key\n"; }
    const auto bad = LoadNotesKey(folder.File("bad.key"));
    EXPECT_FALSE(bad.Available());
    EXPECT_NE(bad.Reason().find("does not hold a key"), std::string::npos);
}

TEST(NotesCipherTest, TheEnvironmentSuppliesTheKeyWhenNoFileIsGiven) {
    const auto key = NotesKey::Generate();
    ::setenv("UPWARD_NOTES_KEY", key.ToBase64().c_str(), 1);
    const auto loaded = LoadNotesKey("");
    ::unsetenv("UPWARD_NOTES_KEY");
    ASSERT_TRUE(loaded.Available());
    EXPECT_EQ(loaded.Require().Id(), key.Id());
    const auto none = LoadNotesKey("");
    EXPECT_FALSE(none.Available());
    EXPECT_THROW(none.Require(), Unavailable);
}

}  // namespace
}  // namespace upward::service
