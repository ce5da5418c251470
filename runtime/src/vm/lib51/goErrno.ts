/** Go's texts for the system errors file functions meet (syscall.Errno.Error() on Linux), by Node's error code. */
const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EEXIST: 'file exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ENOTEMPTY: 'directory not empty',
  EBUSY: 'device or resource busy',
  EXDEV: 'invalid cross-device link',
  EROFS: 'read-only file system',
  ENAMETOOLONG: 'file name too long',
  EINVAL: 'invalid argument',
  EBADF: 'bad file descriptor',
  ENOSPC: 'no space left on device',
  EMFILE: 'too many open files',
};

/** The Go text of a Node file-system error (`no such file or directory`). */
export function goErrno(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return (err.code && ERRNO[err.code]) ?? err.message;
}
