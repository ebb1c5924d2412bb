// A TCP port on 127.0.0.1 that takes connections (the kernel completes them) and never says a word: a database server
// that hangs, or a firewall that swallows its answers. For tests of a wait that must not freeze anything.
#pragma once

#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

class SilentServer final
{
public:
    SilentServer()
    {
        m_socket = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_socket < 0 || bind(m_socket, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
            listen(m_socket, 8) != 0 || getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer()
    {
        if (m_socket >= 0)
            close(m_socket);
    }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;

    // 0 when no port could be had.
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("postgresql://nobody@127.0.0.1:%1/registry").arg(m_port); }

    // A port nobody listens on: bound once to learn a free number, then closed.
    static int closedPort()
    {
        const int descriptor = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        bind(descriptor, reinterpret_cast<sockaddr *>(&address), length);
        getsockname(descriptor, reinterpret_cast<sockaddr *>(&address), &length);
        close(descriptor);
        return ntohs(address.sin_port);
    }

private:
    int m_socket = -1;
    int m_port = 0;
};
