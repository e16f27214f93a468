/* bcryptprimitives.dll for the wine 8 test prefix only (never shipped): ProcessPrng, the
 * random-number function Windows 10 and 11 export from bcryptprimitives.dll and that the Rust
 * runtime of cryptography >= 43 imports. Wine 8 has no bcryptprimitives.dll, so without this
 * the Windows wheel of cryptography fails to load under wine ("DLL load failed … _rust");
 * on Windows the system's own DLL is used. Same contract: fill the buffer, always TRUE. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
