import {failBuild, reportError} from '../buildErrors';

describe('reportError', () => {
  it('shows the report alone: its stack is its message', () => {
    const error = reportError('a.md:1:1 unsafe link');
    expect(error.message).toBe('a.md:1:1 unsafe link');
    expect(error.stack).toBe('a.md:1:1 unsafe link');
  });
});

describe('failBuild', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
    jest.restoreAllMocks();
  });

  it('throws the report outside production (the dev server shows it and keeps running)', () => {
    process.env.NODE_ENV = 'development';
    let thrown: unknown;
    try {
      failBuild('the report');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).stack).toBe('the report');
  });

  it('prints the report alone and exits with code 1 in production', () => {
    process.env.NODE_ENV = 'production';
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit called');
    });
    expect(() => failBuild('the report')).toThrow('exit called');
    expect(printed).toHaveBeenCalledWith('the report');
    expect(exit).toHaveBeenCalledWith(1);
  });
});
