import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import path from 'node:path'

import { median } from '../command'
import { type BuildFigures, generationTimes, readBuildLog } from './buildLog'

const BUILD_MEASURED = path.join(import.meta.dirname, 'buildMeasured.ts')

/** One Astro build of the project at `root` into `outDir`, in a Node process of its own. */
export function measuredBuild(root: string, outDir: string, env: NodeJS.ProcessEnv): Promise<BuildFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILD_MEASURED, root, outDir], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      const figures = readBuildLog(output)
      if (code !== 0 || !figures) return reject(new Error(`astro build exited with ${code}`))
      resolve(figures)
    })
  })
}

/** Builds `repeats` times into fresh folders under `folder`: the median time, the highest peak memory. */
export async function repeatedBuild(
  root: string,
  folder: string,
  repeats: number,
  env: NodeJS.ProcessEnv,
): Promise<{ outDir: string; figures: BuildFigures }> {
  const runs: Array<{ outDir: string; figures: BuildFigures }> = []
  for (let round = 0; round < Math.max(1, repeats); round += 1) {
    const outDir = mkdtempSync(path.join(folder, 'site-'))
    runs.push({ outDir, figures: await measuredBuild(root, outDir, env) })
  }
  const indexing = runs.flatMap((run) =>
    run.figures.indexingSeconds === null ? [] : [run.figures.indexingSeconds],
  )
  return {
    outDir: runs[0]?.outDir ?? '',
    figures: {
      seconds: median(runs.map((run) => run.figures.seconds)),
      peakMemoryMiB: Math.max(...runs.map((run) => run.figures.peakMemoryMiB)),
      indexingSeconds: indexing.length > 0 ? median(indexing) : null,
      generation: runs[0]?.figures.generation ?? generationTimes(''),
    },
  }
}
