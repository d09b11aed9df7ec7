/**
 * Why the file system refused, in words a user can act on. The CLI says it of the plans it
 * reads and the files it writes; the export of the file it replaces.
 */
export function fileErrorReason(error: unknown, doing: 'reading' | 'writing'): string {
    switch ((error as NodeJS.ErrnoException).code) {
        case 'ENOENT': return doing === 'reading' ? 'no such file' : 'its folder does not exist';
        case 'EISDIR': return 'it is a folder';
        case 'ENOTDIR': return 'a part of its path is a file, not a folder';
        case 'ELOOP': return 'its symbolic links lead round in a circle';
        case 'ENAMETOOLONG': return 'its name is too long';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'EROFS': return 'the file system is read-only';
        case 'ENOSPC': return 'the disk is full';
        default: return (error as Error).message;
    }
}
