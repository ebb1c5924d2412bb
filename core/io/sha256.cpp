// SHA-256 with libcrypto's EVP interface.
#include "sha256.h"

#include <openssl/evp.h>

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

namespace {

// Fetched once: with OpenSSL 3 every init with EVP_sha256() looks the implementation up again, which costs as much as
// hashing a short audit event. A fetched digest may be used by many threads at once.
const EVP_MD *sha256Digest()
{
    static const EVP_MD *const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return fetched ? fetched : EVP_sha256();
}

} // namespace

void Sha256::reset()
{
    EVP_DigestInit_ex(m_context, sha256Digest(), nullptr);
}

void Sha256::add(QByteArrayView data)
{
    EVP_DigestUpdate(m_context, data.data(), size_t(data.size()));
}

void Sha256::finishHex(char *hex)
{
    static const char digits[] = "0123456789abcdef";
    unsigned char digest[kSize];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, digest, &length);
    for (int index = 0; index < kSize; ++index) {
        hex[2 * index] = digits[digest[index] >> 4];
        hex[2 * index + 1] = digits[digest[index] & 0x0f];
    }
    reset();
}

QString Sha256::finishHex()
{
    char hex[2 * kSize];
    finishHex(hex);
    return QString::fromLatin1(hex, 2 * kSize);
}

QString Sha256::hex(QByteArrayView data)
{
    Sha256 hash;
    hash.add(data);
    return hash.finishHex();
}
