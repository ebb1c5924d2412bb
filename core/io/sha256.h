// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them. The audit chain
// hashes every event on every write and verify hashes a million events in one go (DESIGN.md §12); QCryptographicHash
// of Qt 6.4 is a portable implementation about five times slower. One object can hash many messages in turn.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct evp_md_ctx_st;

class Sha256 final
{
public:
    static constexpr int kSize = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    // Starts a new message.
    void reset();
    void add(QByteArrayView data);
    // Ends the message: the digest in lower-case hex (64 characters), written to hex (which must hold 64 bytes).
    void finishHex(char *hex);
    QString finishHex();

    // SHA-256 of one message, in lower-case hex.
    static QString hex(QByteArrayView data);

private:
    evp_md_ctx_st *m_context = nullptr;
};
