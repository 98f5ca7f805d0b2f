import { FileRefusedError } from '../types';

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** The refusals a reader throws, each worded once in Chinese and English. */
export const refuse = {
  tooLarge(bytes: number, max: number): FileRefusedError {
    return new FileRefusedError(
      'TOO_LARGE',
      `文件大小 ${megabytes(bytes)} MB，超过上限 ${megabytes(max)} MB`,
      `the file is ${megabytes(bytes)} MB, over the limit of ${megabytes(max)} MB`,
    );
  },
  tooManyFeatures(max: number): FileRefusedError {
    return new FileRefusedError(
      'TOO_MANY_FEATURES',
      `要素或数据行超过 ${max} 个，请拆分文件`,
      `more than ${max} features or rows; split the file`,
    );
  },
  zipEntries(count: number, max: number): FileRefusedError {
    return new FileRefusedError(
      'ZIP_ENTRIES',
      `压缩包有 ${count} 个文件，超过上限 ${max} 个`,
      `the zip holds ${count} entries, over the limit of ${max}`,
    );
  },
  zipBomb(max: number): FileRefusedError {
    return new FileRefusedError(
      'ZIP_BOMB',
      `压缩包解压后超过 ${megabytes(max)} MB 或与其声明的大小不符，已拒绝`,
      `the zip would expand beyond ${megabytes(max)} MB or past the sizes it declares; refused`,
    );
  },
  zipPath(name: string): FileRefusedError {
    const shown = name.slice(0, 120);
    return new FileRefusedError(
      'ZIP_PATH',
      `压缩包内的路径“${shown}”指向包外，已拒绝`,
      `the zip entry "${shown}" points outside the archive; refused`,
    );
  },
  malformed(zh: string, en: string): FileRefusedError {
    return new FileRefusedError('MALFORMED', `文件已损坏或格式不对：${zh}`, `malformed file: ${en}`);
  },
  unknownFormat(zh: string, en: string): FileRefusedError {
    return new FileRefusedError('UNKNOWN_FORMAT', `无法识别的文件格式：${zh}`, `unknown file format: ${en}`);
  },
  datumMismatch(found: readonly string[]): FileRefusedError {
    const list = found.join('; ');
    return new FileRefusedError(
      'DATUM_MISMATCH',
      `压缩包中的图层坐标系不一致（${list}），请分开上传`,
      `the layers in the zip are in different datums (${list}); upload them separately`,
    );
  },
};

/** Whether an error is one of ours, to be passed on as it is rather than reworded as MALFORMED. */
export function isRefusal(error: unknown): error is FileRefusedError {
  return error instanceof FileRefusedError;
}

/** A library's own error message, cut short: it goes into a message a planner reads. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 200);
}
